from _helper_star import *
print(CONST, public_fn(), _explicitly_exported())
for name in ["NOT_EXPORTED", "other_fn"]:
    try:
        eval(name)
    except NameError as e:
        print(type(e).__name__, e)
import _helper_star
print(_helper_star.__all__, _helper_star.NOT_EXPORTED)
