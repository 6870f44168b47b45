from dataclasses import dataclass, field

@dataclass(repr=False, eq=False)
class Opaque:
    value: int
o = Opaque(1)
print(o == Opaque(1), o == o, repr(o).startswith("<__main__.Opaque object at"))

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: str = field(default="xyz", repr=False)
    history: list = field(default_factory=list, compare=False)
a = Account("ann", 10.0)
b = Account("ann", 10.0, history=[1])
print(a, a == b)

@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)
print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") == Key("a", 0))
