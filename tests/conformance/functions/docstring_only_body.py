def f():
    "just a docstring"
print(f())
def g(x):
    """doc"""
    return x + 1
print(g(1))
