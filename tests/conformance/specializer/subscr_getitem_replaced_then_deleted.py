# BINARY_SUBSCR_GETITEM: class with a Python __getitem__, then __getitem__ replaced on the class, then deleted (TypeError)
class Seq:
    def __getitem__(self, i):
        return i * 2

def get(o, i):
    return o[i]

o = Seq()
s = 0
for i in range(300):
    s += get(o, i)
print("warm", s)

def gi2(self, i):
    return i * 3
Seq.__getitem__ = gi2
s = 0
for i in range(100):
    s += get(o, i)
print("replaced", s)

Seq.__getitem__ = lambda self, i, extra=5: i + extra
s = 0
for i in range(100):
    s += get(o, i)
print("lambda default", s)

del Seq.__getitem__
errs = set()
for i in range(80):
    try:
        get(o, i)
    except TypeError as e:
        errs.add(str(e))
print("deleted", sorted(errs))

def gen_getitem(self, i):
    yield i
    yield i + 1
Seq.__getitem__ = gen_getitem
s = 0
for i in range(80):
    s += sum(get(o, i))
print("generator", s)

def raising(self, i):
    if i % 7 == 0:
        raise IndexError(i)
    return i
Seq.__getitem__ = raising
caught = 0
for i in range(100):
    try:
        get(o, i)
    except IndexError:
        caught += 1
print("raising", caught)
print("iter", list(o))
