T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.RED), f"{Color.BLUE}", f"{Color.RED:>12}|", '%s' % Color.RED)
print(Color(1), Color['BLUE'], Color.RED.name, Color.RED.value, Color.ALIAS is Color.RED, list(Color), len(Color))
print(Color.RED in Color, Color, type(Color.RED), isinstance(Color.RED, Color), Color.RED is Color(1), Color(Color.RED))
print(Color.__members__, list(Color.__members__), Color._member_names_, Color._value2member_map_)
t(lambda: Color(4)); t(lambda: Color['X']); t(lambda: Color('x')); t(lambda: 1 in Color); t(lambda: Color.RED < Color.GREEN); t(lambda: Color.RED == 1)
t(lambda: setattr(Color, 'RED', 5)); t(lambda: setattr(Color.RED, 'value', 5)); t(lambda: Color())
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.RED], Color.RED == Color.RED, Color.RED != Color.BLUE, sorted(Color, key=lambda c: c.value))
print([c.name for c in reversed(Color)], Color.RED.__class__.__name__, type(Color).__name__)
for c in Color:
    print(c, c.value, end='; ')
print()
def u():
    @unique
    class U(Enum):
        a = 1
        b = 1
t(u)
def dup():
    class D(Enum):
        a = 1
        a = 2
t(dup)
def ext():
    class E(Color):
        pass
t(ext)
def sunder():
    class S(Enum):
        _bad_ = 1
t(sunder)
''', T + r'''
from enum import Enum, IntEnum, auto, StrEnum
class N(IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.A), str(N.A), format(N.A), f"{N.A:>5}", N.A + 1, N.A == 1, N(2), N['A'], N(1.0), sorted(N), max(N), '%s %d' % (N.A, N.A), '{}'.format(N.B))
t(lambda: N(3)); print(int(N.B), N.B * 3, N.A < N.B, N.A < 2, isinstance(N.A, int), hash(N.A) == hash(1), [1, 2, 3][N.A])
class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()
print(list(A), [m.value for m in A])
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(S.X, repr(S.X), str(S.Y), S.X == 'x', S.Y.upper(), f"{S.X}", S('yy'), len(S.Y))
class Z(IntEnum):
    a = auto()
    b = auto()
print(list(Z), Z.b + Z.a)
class E2(Enum):
    A = 'a'
print(f"{E2.A:>5}", format(E2.A, ''))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.mass, round(Planet.MARS.gravity, 3), Planet((5.97e24, 6.37e6)))
class M(Enum):
    X = 1
    Y = 2
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return list(cls)[0]
    @staticmethod
    def s(): return 'static'
print(M.X.describe(), M.first(), M.s(), M.Y.describe())
class T2(tuple, Enum):
    a = (1, 2)
print(T2.a, str(T2.a), format(T2.a), T2.a[0])
class IE(int, Enum):
    one = 1
print(IE.one, str(IE.one), format(IE.one), repr(IE.one), IE.one + 1)
class Sh(Enum):
    _ignore_ = 'x'
    a = 1
print(list(Sh))
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    P = auto()
    Q = auto()
print(list(Gen))
''', T + r'''
from enum import Enum, IntEnum
Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
print(list(Enum('X', [('a', 5), ('b', 6)])), list(Enum('Y', {'p': 'q'})), list(IntEnum('I', 'u v')), list(Enum('W', 'a,b', start=10)))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Weekday('mon'), Weekday(2))
t(lambda: Weekday(5))
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(lambda: Bad(2))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __str__(self):
        return self.value
print(Status.ACTIVE, repr(Status.ACTIVE), f"{Status.INACTIVE}")
class Ordered(Enum):
    LOW = 1
    HIGH = 3
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]), Ordered.LOW < Ordered.HIGH)
import copy
print(copy.copy(Status.ACTIVE) is Status.ACTIVE, copy.deepcopy([Status.ACTIVE])[0] is Status.ACTIVE)
print(Status.ACTIVE.__reduce_ex__(4)[1])
''', T + r'''
from enum import Flag, IntFlag, auto
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, str(P.R | P.W), P(7), P(0), P.R in (P.R | P.W), list(P.R | P.W), ~P.R, P(8), bool(P(0)), (P.R | P.W).name, P(0).name, P.R.value)
print(repr(P.R & P.W), P.R ^ P.R, len(P.R | P.X), list(P), str(P(0)))
t(lambda: P.R | 1); t(lambda: 1 in P.R)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, str(IP.R | IP.W), repr(IP(9)), IP.R | 8, str(IP.R), IP(0), repr(IP.R | IP.X), IP.R + 1, IP.R & 6, ~IP.R, list(IP(7)))
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
print(list(Perm), Perm.ALL, Perm.READ | Perm.WRITE, [p.value for p in Perm], Perm.ALL.name, Perm(3))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.RED | Color.BLUE, Color(5), ~Color.RED, Color.RED & Color.GREEN)
''']
