s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1))
print(list(range(20))[s], "abcdefghijkl"[s])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) < slice(1, 3), slice("a", "b").start)
