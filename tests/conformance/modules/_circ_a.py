print("_circ_a: start")
A_EARLY = "a-early"
import _circ_b
print("_circ_a: after importing _circ_b, b sees", getattr(_circ_b, "SEEN_FROM_A", "<not yet defined>"))
A_LATE = "a-late"


def a_func():
    return "a_func sees " + _circ_b.B_VALUE
