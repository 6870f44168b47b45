from itertools import takewhile, dropwhile, filterfalse, compress, starmap, tee, pairwise
nums = [1, 4, 6, 3, 8, 2]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, nums)), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(pairwise("abcd")), list(pairwise([1])))
