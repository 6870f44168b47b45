# A __slots__ member descriptor used by another class (CPython gh-99257):
# reading or writing through it raises TypeError, on every iteration.
class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

class Q:
    __slots__ = ("y",)
    borrowed = P.x

p = P(5)
q = Q()
errors = 0
for i in range(60):
    try:
        q.borrowed
    except TypeError as e:
        errors += 1
        last = str(e)
    try:
        q.borrowed = i
    except TypeError:
        errors += 1
print(errors, last)
print(P.x.__get__(p, P), type(P.x).__name__)
try:
    P.x.__set__(q, 1)
except TypeError as e:
    print("set:", e)
