from itertools import repeat, cycle, islice
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)), repr(repeat(1, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
c = cycle(iter([1, 2]))
print([next(c) for _ in range(5)])
print(list(zip("abcde", cycle([0, 1]))))
