# LOAD_ATTR_METHOD_NO_DICT: methods on a __slots__ class and builtin types (list.append via obj.method), then receivers change
class S:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def call(o):
    return o.get()
def app(o, x):
    o.append(x)
    return len(o)
def up(s):
    return s.upper()

ss = [S(i) for i in range(5)]
s = 0
lst = []
for i in range(300):
    s += call(ss[i % 5])
    app(lst, i)
    up("ab")
print("warm", s, len(lst))

S.get = lambda self: -self.v
print("replaced", sum(call(ss[i % 5]) for i in range(100)))

class D:
    def get(self):
        return "D"
print("other class", set(call(D()) for i in range(80)))

class L(list):
    def append(self, x):
        list.append(self, x * 2)
l = L()
for i in range(80):
    app(l, i)
print("list subclass", sum(l))
from collections import deque
dq = deque()
for i in range(80):
    app(dq, i)
print("deque", sum(dq))
class U(str):
    def upper(self):
        return "custom"
print("str subclass", set(up(U("x")) for i in range(80)), up("é"), set(up(b"ab") for i in range(70)))
try:
    app((), 1)
except AttributeError as e:
    print("AttributeError", e)
