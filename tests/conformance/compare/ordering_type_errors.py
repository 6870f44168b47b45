tests = [lambda: 1 < 'a', lambda: 'a' >= 1, lambda: [1] < 'a', lambda: None < 1, lambda: {} < {},
         lambda: (1, 'a') < (1, 2), lambda: [1, 2] < [1, 'x'], lambda: 1.5 <= None]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print((1, 'a') < (2, 3), [1, 'x'] == [1, 2])
