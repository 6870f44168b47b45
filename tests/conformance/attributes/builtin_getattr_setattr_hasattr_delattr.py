class Bag:
    pass

b = Bag()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(b, name, i * 10)
print([getattr(b, n) for n in ["alpha", "beta", "gamma"]])
print(hasattr(b, "beta"), hasattr(b, "delta"))
delattr(b, "beta")
print(hasattr(b, "beta"), sorted(vars(b)))
print(getattr(b, "delta", None))
try:
    getattr(b, "delta")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(b, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
setattr(b, "with space", 1)
print(getattr(b, "with space"))
