for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, "", "a", "abc", (), (1, 2), ("a", 1), 1.5, -0.0, True, None is None]:
    print(repr(v), hash(v))
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
