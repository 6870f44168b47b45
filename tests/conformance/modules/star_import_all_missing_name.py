try:
    from _helper_bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
import _helper_bad_all
print(_helper_bad_all.present)
