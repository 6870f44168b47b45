def swap(pair):
    a, b = pair
    return b, a
r = None
for i in range(2000):
    r = swap((i, i + 1))
print(r)
print(swap([1, 2]), swap('xy'), swap(range(2)), swap({'k': 1, 'j': 2}))
for bad in [(1, 2, 3), [1], 'abc', 7]:
    try:
        swap(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
