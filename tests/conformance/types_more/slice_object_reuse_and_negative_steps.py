data = list(range(20))
s = slice(None, None, -3)
print(data[s], "abcdefghij"[s], tuple(range(10))[s])
for start, stop, step in [(15, 2, -4), (-1, -10, -2), (None, 5, -1), (2, None, -1)]:
    sl = slice(start, stop, step)
    print(sl, data[sl], sl.indices(len(data)))
