# UNPACK_SEQUENCE_TUPLE/UNPACK_SEQUENCE_LIST: 3-element unpacks warmed, then wrong lengths, generators, iterables with __iter__
def three(p):
    a, b, c = p
    return a + b + c

s = 0
for i in range(300):
    s += three((i, i, i))
print("warm tuple", s)
s = 0
for i in range(300):
    s += three([i, 1, 2])
print("warm list", s)

errs = set()
for i in range(90):
    seq = list(range(i % 5))
    if len(seq) == 3:
        seq.append(0)
    try:
        three(seq if i % 2 else tuple(seq))
    except ValueError as e:
        errs.add(str(e))
print("errors", sorted(errs))

def g():
    yield 1
    yield 2
    yield 3
s = 0
for i in range(80):
    s += three(g())
print("generator", s)

def bad():
    yield 1
    raise KeyError("boom")
try:
    three(bad())
except KeyError as e:
    print("KeyError", e)

class It:
    def __iter__(self):
        return iter("xyz")
print("iter", three(It()), three("abc"), three({1: 0, 2: 0, 3: 0}))

class L(list):
    def __iter__(self):
        return iter([10, 20, 30])
print("list subclass", three(L()), three(L([1, 2, 3])))
lst = [1, 2, 3]
for i in range(80):
    three(lst)
lst.append(4)
try:
    three(lst)
except ValueError as e:
    print("grown", e)
def star(p):
    a, *b, c = p
    return a, b, c
print("star", [star(range(i + 2)) for i in range(3)], [star((1, 2, 3)) for i in range(70)][-1])
