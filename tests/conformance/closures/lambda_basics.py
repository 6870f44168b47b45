sq = lambda x: x * x
add = lambda a, b=10, *args, k=1, **kw: (a + b + sum(args)) * k + len(kw)
print(sq(7), add(1), add(1, 2, 3, 4), add(1, k=2, z=0))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__, (lambda: 0).__name__)
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
