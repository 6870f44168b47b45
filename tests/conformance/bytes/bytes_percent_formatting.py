print(b"%d items at %s" % (3, b"home"))
print(b"%5d|%-5d|%05.1f|%x|%X|%o" % (42, 42, 3.14159, 255, 255, 8))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % "x")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"100%%")
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
