print(['even' if n % 2 == 0 else 'odd' for n in range(5)])
print([n if n > 0 else 0 for n in [-2, 5, -1, 3]])
print({n: ('big' if n > 2 else 'small') for n in range(5)})
print([x for x in [1, 'a', 2.5, None, 3] if isinstance(x, int)])
