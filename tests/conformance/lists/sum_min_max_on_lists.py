xs = [4, -2, 7, 0, 7]
print(sum(xs), min(xs), max(xs), len(xs))
print(sum([]), sum([[1], [2]], []), sum([0.5, 0.25]))
print(max(xs, key=lambda v: -v), min([[3], [1, 2]], key=len))
print(sorted(xs), xs)
