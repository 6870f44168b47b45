import _helper_shapes

print(_helper_shapes.__name__, _helper_shapes.__doc__)
print(_helper_shapes.PI, _helper_shapes.UNIT)
r = _helper_shapes.Rect(3, 4)
print(r, _helper_shapes.describe(r), _helper_shapes.describe(_helper_shapes.Circle(1)))
print(_helper_shapes.calls(), _helper_shapes._private_counter)
print(type(_helper_shapes).__name__, type(r).__module__, _helper_shapes.Rect.__module__)
print(sorted(n for n in dir(_helper_shapes) if not n.startswith("__")))
