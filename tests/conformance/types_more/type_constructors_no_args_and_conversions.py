print(repr(int()), repr(float()), repr(str()), repr(bool()), repr(list()), repr(tuple()), repr(dict()), repr(set()), repr(bytes()), repr(complex()))
print(list("ab"), tuple([1, 2]), dict([("a", 1)]), set("aa"), frozenset((1,)), str([1, "a"]), str((1,)))
print(dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", "cd")), list({"k": 1}), tuple({"k": 1}.items()))
print(int(" 42 "), int(-3.99), float(" 1e3 "), str(b"x"), str(1.0), str(None), repr("q"))
