import sys
a = sys.intern("hello world " * 2)
b = sys.intern("hello world hello world ")
print(a is b, a == b, sys.getdefaultencoding())
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(len(sys.argv), isinstance(sys.argv[0], str))
