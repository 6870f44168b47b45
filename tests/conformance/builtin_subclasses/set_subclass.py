class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

t = Tags([3, 1])
t.add_all(2, 5)
print(sorted(t), type(t).__name__, len(t))
print(type(t | {9}).__name__, type(t & {1}).__name__, type(t.copy()).__name__)
print(repr(Tags([1])), repr(Tags()))
fs = frozenset
class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(repr(f), type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))
