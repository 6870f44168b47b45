s = "naïve café ✓"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"), b"\xffA".decode("latin-1"))
print(b"\xe2\x9c".decode("utf-8", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("x".encode("utf-16"), "x".encode("utf-16-le"), "€".encode("utf-32-be"))
