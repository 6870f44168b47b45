# CONTAINS_OP_DICT/SET with `not in`: warmed on dicts, then strs (substring), ranges, user __contains__, __iter__-only objects
def missing(x, c):
    return x not in c

n = 0
for i in range(300):
    n += missing(i % 20, {j: 0 for j in range(10)})
print("warm", n)
n = 0
for i in range(100):
    n += missing("b" * (i % 3), "abc") + missing(i, range(0, 100, 2))
print("str/range", n)
class C:
    def __contains__(self, x):
        return x == 3
class It:
    def __iter__(self):
        return iter([1, 2])
class Get:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 2
n = 0
for i in range(100):
    n += missing(i % 5, C()) + missing(i % 5, It()) + missing(i % 12, Get())
print("user", n)
class Weird:
    def __contains__(self, x):
        return "truthy"
print("non-bool contains", missing(1, Weird()), set(missing(1, Weird()) for i in range(70)))
try:
    missing(1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    missing(1, "abc")
except TypeError as e:
    print("TypeError", e)
