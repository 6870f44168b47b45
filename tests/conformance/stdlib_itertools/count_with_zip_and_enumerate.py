from itertools import count
print(list(zip(count(1), "abc")), list(enumerate("abc", 1)))
c = count(5)
print(next(c), next(c), repr(c))
evens = (n for n in count() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(repr(count(0.5, 0.25)), repr(count(2**70)))
