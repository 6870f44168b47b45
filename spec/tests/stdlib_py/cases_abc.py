T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return '%s with area %s' % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
t(lambda: Shape()); t(lambda: Sq(2))
f = Full(3)
print(f.describe(), f.perimeter(), isinstance(f, Shape), issubclass(Full, Shape), Shape.__abstractmethods__ == {'area', 'perimeter'}, sorted(Sq.__abstractmethods__), Full.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    pass
class Thing:
    pass
Plugin.register(Thing)
print(isinstance(Thing(), Plugin), issubclass(Thing, Plugin), isinstance(1, Plugin), type(Plugin).__name__)
t(lambda: Plugin.register(3))
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Impl(WithProp):
    @property
    def name(self): return 'impl'
t(lambda: WithProp()); print(Impl().name)
class Base(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Base), isinstance(Thing(), Base), issubclass(Duck, Base))
''', T + r'''
import collections.abc as cabc
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Iterator, Hashable, Sized, Container, Callable, Generator, Reversible, Collection
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList
objs = [[], (), {}, set(), frozenset(), 'abc', range(3), iter([]), (x for x in ()), deque(), OrderedDict(), Counter(), defaultdict(list), ChainMap(), UserDict(), UserList(), 5, 2.5, None, len, lambda: 0, {}.keys(), {}.items(), {}.values()]
for cls in [Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Iterator, Hashable, Sized, Container, Callable, Generator, Reversible, Collection, cabc.KeysView, cabc.ItemsView, cabc.ValuesView]:
    print(cls.__name__, [isinstance(o, cls) for o in objs])
print(repr(Sequence), Sequence.__module__, sorted(MutableMapping.__abstractmethods__))
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), len(s), 9 in s, 10 in s, s.index(4), s.count(1), list(reversed(s)), s[2])
t(lambda: s.index(7))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m['a'] = 1; m.update(b=2, c=3); m.setdefault('d', 4)
print(dict(m), m.get('z', 0), m.pop('a'), sorted(m.keys()), list(m.items()), list(m.values()), 'b' in m, m == {'b': 2, 'c': 3, 'd': 4}, m.popitem(), len(m))
print(m.keys(), isinstance(m.keys(), cabc.KeysView))
class S(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint([9]))
t(lambda: Sequence()); t(lambda: MM.__abstractmethods__)
class MS(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ms = MS(); ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); print(ms.l, ms.pop(), ms.l); ms.remove(3); print(ms.l)
''']
