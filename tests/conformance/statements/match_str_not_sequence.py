def f(v):
    match v:
        case [a, b]:
            return f"seq {a} {b}"
        case str() as s:
            return f"str {s}"
        case bytes():
            return "bytes"
        case _:
            return "other"
for v in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), iter([1, 2])]:
    print(type(v).__name__, f(v))
