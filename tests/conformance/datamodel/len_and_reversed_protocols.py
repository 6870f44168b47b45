class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

s = Seq("a", "b", "c")
print(len(s), list(reversed(s)), s[-1], s[0:2])

class CustomRev(Seq):
    def __reversed__(self):
        return iter(["custom", "rev"])
print(list(reversed(CustomRev(1, 2))))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
