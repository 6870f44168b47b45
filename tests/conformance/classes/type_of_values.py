class K: pass
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, K(), K, type, len, range(3), 1j]
for v in values:
    print(type(v).__name__, type(v) is v.__class__)
print(type(K()) is K, type(K) is type, type(type) is type)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
