b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" HeD"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 2), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(True))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"tab\there".expandtabs(4))
