b = b"data"
print(str(b), repr(b), f"{b}", "%s" % b)
print(str(b, "ascii"), b.decode(), str(bytearray(b"x")))
print(b"abc" == "abc", b"abc".decode() == "abc")
print(bytes("abc", "utf-8")[0], "abc".encode()[1:])
print([chr(c) for c in b"hi"], "".join(map(chr, b"ok")))
print(ascii("ñ"), "ñ".encode("unicode_escape"), b"\\xf1".decode("unicode_escape"))
