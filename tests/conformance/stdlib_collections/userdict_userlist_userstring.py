from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
print(d, d.data, "a" in d, type(d).__name__)

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, s + [3], type(s + [3]).__name__, s.data)

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hey")
print(u.shout(), type(u.shout()).__name__, u + "x", len(u), u[0])
