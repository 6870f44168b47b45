# CALL_LEN: len() warmed on builtin containers, then user objects with stateful/odd __len__, subclasses, errors
def n(x):
    return len(x)

s = 0
for i in range(300):
    s += n("ab") + n([1] * (i % 4)) + n({i: i}) + n((1, 2, 3))
print("warm", s)

class Grow:
    k = 0
    def __len__(self):
        Grow.k += 1
        return Grow.k
g = Grow()
s = 0
for i in range(100):
    s += n(g)
print("stateful", s)

class Big:
    def __len__(self):
        return 2**70
class Neg:
    def __len__(self):
        return -3
class Flt:
    def __len__(self):
        return 1.0
class IntSub:
    def __len__(self):
        return True
errs = set()
for i in range(80):
    for o in (Big(), Neg(), Flt(), 5, None):
        try:
            n(o)
        except (OverflowError, ValueError, TypeError) as e:
            errs.add(type(e).__name__ + ": " + str(e))
print("errors", sorted(errs))
print("bool len", n(IntSub()), type(n(IntSub())).__name__)
class L(list):
    def __len__(self):
        return 100
print("subclass", n(L([1])), set(n(L()) for i in range(70)), n(range(0, 100, 7)), n(frozenset("aab")), n(b"xyz"), n("é✓"))
len = lambda x: -1
print("shadowed", n("abc"))
