class Meta(type):
    pass

X = Meta("X", (), {"v": 1})
print(type(X).__name__, X.v, X.__name__)
Y = type.__new__(Meta, "Y", (X,), {})
print(type(Y).__name__, Y.v, [c.__name__ for c in Y.__mro__])
try:
    type.__new__(int, "Z", (), {})
except TypeError as e:
    print(type(e).__name__, e)
