from _helper_shapes import Rect, Circle as C, describe, PI as pi_value
print(Rect(1, 2).area(), C(2).area(), pi_value)
print(describe(Rect(5, 5)))
try:
    from _helper_shapes import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, "does_not_exist" in str(e))
print("Rect" in dir(), "_helper_shapes" in dir())
