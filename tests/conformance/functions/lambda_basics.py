add = lambda a, b: a + b
print(add(2, 3), add('x', 'y'))
print((lambda: 42)())
print((lambda *a: len(a))(1, 2, 3))
print((lambda x, y=10: x * y)(3))
print((lambda **kw: sorted(kw))(b=1, a=2))
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
