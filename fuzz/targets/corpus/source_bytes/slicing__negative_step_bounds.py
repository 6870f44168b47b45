s = 'abcdef'
for start in [None, 0, 2, -1, 10, -10]:
    for stop in [None, 0, 3, -2, 10, -10]:
        print(repr(start), repr(stop), repr(s[start:stop:-1]))
