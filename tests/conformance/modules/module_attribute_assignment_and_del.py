import _helper_nostar as m
m.new_attr = "added"
print(m.new_attr, "new_attr" in vars(m))
del m.visible
try:
    m.visible
except AttributeError as e:
    print(type(e).__name__, e)
from _helper_nostar import func
m.func = lambda: "patched"
print(func(), m.func())
try:
    from _helper_nostar import visible
except ImportError as e:
    print(type(e).__name__, e.name)
