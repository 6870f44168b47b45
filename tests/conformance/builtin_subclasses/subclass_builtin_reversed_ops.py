class Rint(int):
    def __radd__(self, other):
        return "Rint.__radd__"
    def __add__(self, other):
        return "Rint.__add__"

print(1 + Rint(2))
print(Rint(2) + 1)
print(1.5 + Rint(2))
class Rstr(str):
    def __radd__(self, other):
        return "Rstr.__radd__"
print("a" + Rstr("b"))
class Rlist(list):
    def __radd__(self, other):
        return "Rlist.__radd__"
print([1] + Rlist([2]))
