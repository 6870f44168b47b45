import _helper_uses_shapes
print(_helper_uses_shapes.summary())
print(_helper_uses_shapes.SQUARE, _helper_uses_shapes.shapes_mod.__name__)
import _helper_shapes
print(_helper_shapes is _helper_uses_shapes.shapes_mod, _helper_shapes.calls())
