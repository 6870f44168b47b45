from dataclasses import dataclass, KW_ONLY

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5), Mixed.__match_args__)

@dataclass(slots=True)
class Slim:
    x: int
    y: int
s = Slim(1, 2)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
match Slim(0, 5):
    case Slim(0, y):
        print("on y axis", y)
