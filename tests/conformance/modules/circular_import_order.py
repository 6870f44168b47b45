print("main: importing _circ_a")
import _circ_a
print("main: back in main")
print(_circ_a.A_LATE, _circ_a.a_func())
import _circ_b
print(_circ_b.SEEN_FROM_A)
