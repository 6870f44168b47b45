print(True + True, True * 10, -True, ~True, True / 2, True // 2, bool(-1), bool(0.0), bool(""), bool("0"))
print(int(True), str(False), repr(None), type(True).__mro__)
print(True is bool(1), None.__class__.__name__, isinstance(None, object))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
try:
    bool.__new__(bool, 1)
    print("bool new ok")
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
