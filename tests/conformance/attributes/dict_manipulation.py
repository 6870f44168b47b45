class C:
    cls_attr = "c"

c = C()
c.__dict__["direct"] = 1
print(c.direct)
c.__dict__.update(a=1, b=2)
print(sorted(c.__dict__), c.a + c.b)
c.__dict__.clear()
print(c.__dict__, hasattr(c, "a"))
c.__dict__ = {"replaced": True}
print(c.replaced, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print("cls_attr" in C.__dict__, type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
