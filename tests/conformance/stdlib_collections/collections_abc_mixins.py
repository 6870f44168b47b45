from collections.abc import Sequence, MutableMapping, Set

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return (i % self.n) ** 2

s = Squares(5)
print(list(s), s.index(9), s.count(4), 16 in s, list(reversed(s)), s[1:3])

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

st = Store()
st.update(a=1, b=2)
print(st.get("a"), st.pop("b"), st.setdefault("c", 3), dict(st.items()), "a" in st)

class Bits(Set):
    def __init__(self, it):
        self._s = sorted(set(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), a <= Bits([1, 2, 3, 4]), a.isdisjoint(Bits([9])))
try:
    Squares()
except TypeError as e:
    print(type(e).__name__)
class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
