print(b"".split(), b"".split(b","), b",".split(b","), b"a  b".split(b" "))
print(b"  a  b  ".split(), b"a\tb\nc".split(), b"abc".split(b"b", 0))
print(b"1,2,3".rsplit(b",", 1), b"".join([]), b",".join([b"x"]))
try:
    b"".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
