tests = [lambda: [1, 2]['a':], lambda: 'abc'[1.0:], lambda: (1,)[:None:'x'], lambda: [1][::1.5]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2, 3][True:], 'abc'[False:True])
