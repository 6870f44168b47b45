def f(cmd):
    match cmd:
        case []:
            return "empty"
        case ["go", direction]:
            return f"go {direction}"
        case ["pick", "up", *items] if items:
            return f"pick up {items}"
        case ["drop", *items, "now"]:
            return f"drop {items} now"
        case [int(a), int(b)]:
            return f"ints {a + b}"
        case [[x, y], [z]]:
            return f"nested {x}{y}{z}"
        case (first, *_, last):
            return f"first {first} last {last}"
        case _:
            return "no match"

for c in [[], ["go", "north"], ["pick", "up", "a", "b"], ["pick", "up"], ["drop", "x", "y", "now"],
          [3, 4], [[1, 2], [3]], ("a", "b", "c", "d"), "go", {"go": 1}, range(2)]:
    print(repr(c), "->", f(c))
