print(str(ValueError("a", "b")), repr(ValueError("é", 1)))
print(str(KeyError("quote'd")), str(KeyError('dq"')))
print(repr(Exception("line\nbreak")), str(Exception("line\nbreak")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
