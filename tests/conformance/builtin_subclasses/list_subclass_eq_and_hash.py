class HList(list):
    def __hash__(self):
        return hash(tuple(self))

a = HList([1, 2])
s = {a}
print(HList([1, 2]) in s, [1, 2] == a, a == (1, 2))
class CmpList(list):
    def __eq__(self, other):
        return len(self) == len(other)
print(CmpList([1]) == [2], CmpList([1]) != [2], [2] == CmpList([1]))
