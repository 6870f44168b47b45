import _helper_lazy
print(_helper_lazy.real, _helper_lazy.auto_hello, _helper_lazy.auto_x)
print(sorted(_helper_lazy._computed))
try:
    _helper_lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(_helper_lazy))
from _helper_lazy import auto_from
print(auto_from)
print(hasattr(_helper_lazy, "auto_q"), hasattr(_helper_lazy, "nope"))
