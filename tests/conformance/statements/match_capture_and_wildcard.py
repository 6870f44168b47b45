def f(v):
    match v:
        case [x]:
            return f"single {x}"
        case [x, _]:
            return f"pair starting {x}"
        case [_, _, *_]:
            return "three or more"
        case other:
            return f"captured {other!r}"

for v in [[1], [1, 2], (3, 4, 5), [], "ab", 7]:
    print(f(v))
match 42:
    case n:
        print("irrefutable capture", n)
print(n)
