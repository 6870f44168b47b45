class MyKeyError(KeyError):
    pass

try:
    raise MyKeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}["x"]
except KeyError as e:
    print(str(e), repr(e))
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(str(OSError(2, "No such")), OSError(2, "No such").errno)
