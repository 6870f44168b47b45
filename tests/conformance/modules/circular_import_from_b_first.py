print("main: importing _circ_b first")
import _circ_b
print(_circ_b.SEEN_FROM_A, _circ_b.B_VALUE)
import _circ_a
print(_circ_a.a_func())
