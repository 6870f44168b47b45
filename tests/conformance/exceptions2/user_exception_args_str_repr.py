class Oops(Exception):
    pass

cases = [Oops(), Oops("msg"), Oops("a", 1), Oops(None), Oops(""), Oops(("t",))]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args, len(e.args))
e = Oops("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.extra = 5
print(e.extra)
