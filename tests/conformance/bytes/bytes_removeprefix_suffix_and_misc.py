b = b"prefix-body-suffix"
print(b.removeprefix(b"prefix-"), b.removesuffix(b"-suffix"), b.removeprefix(b"zz"))
print(b.startswith(b"body", 7), b.endswith(b"body", 0, 11), b.count(b"-", 0, 10))
print(b"abc".ljust(2), b"%%".replace(b"%", b"%%"), b"a".join(b"xyz"[i:i+1] for i in range(3)))
print(bytes.isdigit(b"12"), bytearray(b"Ab").lower(), type(bytearray(b"a").upper()).__name__)
