from itertools import count, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(-1, -1), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice("abcdefg", 2, 6)), list(islice("abcdefg", 1, None, 2)), list(islice(range(100), 3)))
print(list(islice(iter(range(10)), 0)), list(islice("ab", 5)))
for bad in [(-1,), (0, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print(type(e).__name__, e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
