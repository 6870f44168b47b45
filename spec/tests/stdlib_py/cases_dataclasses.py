T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__doc__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
t(lambda: Point()); t(lambda: Point(1, 2, 3)); t(lambda: Point(1, z=3)); t(lambda: Point(1, x=2)); t(lambda: hash(p)); t(lambda: p < p)
print(Point.__match_args__, Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
v = V(1)
print(v, v < V(2), V(1, 'a') < V(1, 'b'), sorted([V(3), V(1, 'q'), V(1)]), hash(v) == hash((1, 'z')))
def f1(): v.a = 3
t(f1)
def f2(): del v.b
t(f2)
def f3(): v.c = 1
t(f3)
t(lambda: V(1) < 3); t(lambda: isinstance(FrozenInstanceError(), AttributeError))
@dataclass
class L:
    items: list = field(default_factory=list)
    n: int = field(default=3, repr=False)
    hidden: int = field(default=0, compare=False)
    calc: int = field(init=False, default=7)
a, b = L(), L()
a.items.append(1)
print(a, b, a == b, L([1], 3, 5) == L([1], 3, 6), fields(L)[1].repr, L.__match_args__)
def mut():
    @dataclass
    class Bad:
        x: list = []
t(mut)
def order():
    @dataclass
    class Bad2:
        x: int = 1
        y: int
t(order)
def both():
    field(default=1, default_factory=list)
t(both)
''', T + r'''
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, replace
@dataclass
class C:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
c = C(3)
print(c, C(3, 5), [f.name for f in fields(C)], asdict(c))
t(lambda: replace(c, b=1)); print(replace(c, a=4))
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int
    z: int = 5
print(K(1, y=2), K(1, y=2, z=3))
t(lambda: K(1)); t(lambda: K(1, 2)); t(lambda: K(1, 2, y=3))
@dataclass(kw_only=True)
class KO:
    a: int = 1
    b: int
print(KO(b=2))
t(lambda: KO(1, 2))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash((1,)), {H(1): 'x'}[H(1)])
@dataclass(frozen=True)
class F:
    a: int
print(hash(F(5)) == hash((5,)), F(5) in {F(5)})
def inh():
    @dataclass
    class G(F):
        b: int = 0
t(inh)
@dataclass
class Nested:
    p: Base
    items: list
    m: dict
n = Nested(Base(1), [Base(2), (3, Base(4))], {'k': Base(5)})
print(asdict(n))
from dataclasses import astuple
print(astuple(n))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class WithRepr:
    a: int
    def __repr__(self): return 'custom'
print(WithRepr(1))
@dataclass
class Rec:
    a: object = None
r = Rec(); r.a = r
print(r)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
''', T + r'''
from dataclasses import dataclass, field, make_dataclass, fields
import dataclasses
@dataclass
class D:
    x: int
    y: str = 'hi'
    z: list = field(default_factory=list)
print(D.__doc__, D.__dataclass_params__, fields(D)[0])
P = make_dataclass('P', ['a', ('b', int), ('c', int, field(default=5))])
print(P(1, 2), P(1, 2, 3), P.__module__ if False else '')
@dataclass(order=True)
class O:
    a: int
    def __lt__(self, o): return True
t(lambda: O(1))
def ow():
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
t(ow)
def oe():
    @dataclass(order=True, eq=False)
    class O3:
        a: int
t(oe)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
def noattr():
    s.c = 5
t(noattr)
@dataclass
class WithCV:
    from typing import ClassVar
    count: ClassVar[int] = 0
    v: int = 1
print(WithCV(), [f.name for f in fields(WithCV)], WithCV.count)
@dataclass
class Desc:
    a: int = 1
    def total(self): return self.a + 1
    @property
    def double(self): return self.a * 2
print(Desc(4).total(), Desc(4).double, Desc())
print(dataclasses.MISSING, repr(dataclasses.field()).startswith('Field(name=None'))
''']
