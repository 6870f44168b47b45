a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset({1}))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
c = a.copy()
c |= {9}
c &= {1, 9, 2}
c -= {2}
c ^= {5, 1}
print(c, a)
