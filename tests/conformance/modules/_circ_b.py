print("_circ_b: start")
import _circ_a
SEEN_FROM_A = (getattr(_circ_a, "A_EARLY", None), getattr(_circ_a, "A_LATE", None))
B_VALUE = "b-value"
print("_circ_b: done")
