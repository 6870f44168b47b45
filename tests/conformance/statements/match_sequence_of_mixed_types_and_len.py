def shape(v):
    match v:
        case (x, y, z):
            return f"3-seq {x}{y}{z}"
        case [*all_items] if len(all_items) > 3:
            return f"long {len(all_items)}"
        case [*all_items]:
            return f"short {all_items}"
        case _:
            return "not a sequence"

from collections import deque
for v in [(1, 2, 3), [1, 2, 3, 4, 5], deque([1, 2]), range(3), "xyz", {1, 2, 3}, [], memoryview(b"ab")]:
    print(type(v).__name__, shape(v))
