def use():
    import _helper_star as hs
    from _helper_nostar import func
    return hs.CONST, func()

print(use())
try:
    hs
except NameError as e:
    print(type(e).__name__, e)
import sys
print("_helper_star" in sys.modules)
def star_in_function():
    exec("from _helper_star import *", ns := {})
    return sorted(k for k in ns if not k.startswith("__"))
print(star_in_function())
