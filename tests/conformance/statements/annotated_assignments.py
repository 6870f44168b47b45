x: int = 5
y: list[str]
print(x, __annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
class C:
    a: int = 1
    b: str
    c: "forward" = None
print(C.a, C.__annotations__, hasattr(C, "b"))
def f():
    z: int = 3
    w: float
    return z
print(f(), f.__annotations__)
def g(a: int, b: "str" = "x", *args: float, **kw: bool) -> None:
    pass
print(g.__annotations__)
