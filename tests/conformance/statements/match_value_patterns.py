class Color:
    RED = "red"
    GREEN = "green"

import enum
class Dir(enum.Enum):
    N = 1
    S = 2

def f(v):
    match v:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Dir.N:
            return "north"
        case Dir.S:
            return "south"
        case _:
            return "unknown"

for v in ["red", "green", Dir.N, Dir.S, 1, "blue"]:
    print(f(v))
