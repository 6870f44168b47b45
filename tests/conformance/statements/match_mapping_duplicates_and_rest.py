def f(m):
    match m:
        case {"a": 1, **rest}:
            return ("a1", rest)
        case {"a": _, "b": _}:
            return "has a and b"
        case _:
            return "no"
print(f({"a": 1, "z": 0, "y": 9}))
print(f({"a": 2, "b": 3}))
print(f({"b": 3}))
from collections import defaultdict
dd = defaultdict(int, a=1)
print(f(dd), dict(dd))
