def f(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case {"k": (int() | str()) as val}:
            return f"k is {val!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case _:
            return "none"

for v in [1, 2, 3, ["a", 1], ["c"], {"k": "s"}, {"k": 1.0}, [7, 8], (7, 8, 9)]:
    print(repr(v), f(v))
