def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d):
            return f"dict with {len(d)}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case _:
            return "other"

for v in [True, -3, 7, 2.5, "s", [9, 8], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
