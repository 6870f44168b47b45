from itertools import chain
print(list(chain("ab", [1, 2], (None,), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable([[1], [], [2, 3]])))
def gen():
    yield [1, 2]
    yield (3,)
print(list(chain.from_iterable(gen())), sum(chain([1], [2], [3])))
c = chain("x", "yz")
print(next(c), next(c), list(c))
try:
    list(chain(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
