# CALL_LIST_APPEND: lst.append warmed on a list, then a list subclass overriding append, a deque, append rebound on instance
from collections import deque

def add(lst, x):
    lst.append(x)

lst = []
for i in range(300):
    add(lst, i)
print("warm", len(lst), sum(lst))

class L(list):
    def append(self, x):
        list.append(self, -x)
l = L()
for i in range(100):
    add(l, i)
print("override", sum(l))

class Plain(list):
    pass
p = Plain()
for i in range(100):
    add(p, i)
print("plain subclass", sum(p), type(p).__name__)

d = deque(maxlen=5)
for i in range(100):
    add(d, i)
print("deque", list(d))

class Box:
    def __init__(self):
        self.items = []
        self.append = self.items.append
b = Box()
for i in range(100):
    add(b, i)
print("bound attr", len(b.items))
try:
    add((), 1)
except AttributeError as e:
    print("AttributeError", e)
alias = []
for i in range(100):
    add(alias, alias)
print("self append", len(alias), alias[0] is alias)
