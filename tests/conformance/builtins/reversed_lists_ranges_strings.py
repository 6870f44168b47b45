print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(list(reversed([])), ''.join(reversed('stressed')))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
