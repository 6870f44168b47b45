# TO_BOOL_LIST/TO_BOOL_STR: warmed on exact lists and strs, then list/str subclasses overriding __len__/__bool__
def t(o):
    return 1 if o else 0

n = 0
for i in range(300):
    n += t([0] * (i % 3)) + t("x" * (i % 2))
print("warm", n)

class L(list):
    def __len__(self):
        return 0
class LB(list):
    def __bool__(self):
        return True
class S(str):
    def __len__(self):
        return 0
class SB(str):
    def __bool__(self):
        return False
n = [0, 0, 0, 0]
for i in range(90):
    n[0] += t(L([1, 2]))
    n[1] += t(LB())
    n[2] += t(S("abc"))
    n[3] += t(SB("abc"))
print("subclasses", n)

class Counter:
    calls = 0
    def __len__(self):
        Counter.calls += 1
        return Counter.calls % 2
n = 0
c = Counter()
for i in range(90):
    n += t(c)
print("stateful len", n, Counter.calls)
class Neg:
    def __len__(self):
        return -1
try:
    t(Neg())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self):
        return "yes"
try:
    t(BadBool())
except TypeError as e:
    print("TypeError", e)
n = 0
for i in range(200):
    n += t([i] if i % 3 else []) + t(str(i)[1:])
print("again", n)
