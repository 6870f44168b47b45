def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int() | float() as d} if d != 0:
            return f"scroll {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "empty mapping or no type"

events = [
    {"type": "click", "pos": (1, 2), "extra": 1},
    {"type": "key", "key": "q", "mod": "ctrl", "time": 3},
    {"type": "scroll", "delta": 0},
    {"type": "scroll", "delta": 2.5},
    {"kind": "x"},
    {"type": "click", "pos": [5, 6]},
]
for e in events:
    print(handle(e))
print(handle({}), handle([1]) if False else "")
