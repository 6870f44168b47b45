def f(a, b=2, *, c=3):
    "docstring"
    return a + b + c

f.custom = "tag"
print(f.__name__, f.__doc__, f.custom, f.__defaults__, f.__kwdefaults__)
print(sorted(k for k in vars(f)))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__defaults__ = (100,)
print(f(1))
f.__kwdefaults__ = {"c": 1000}
print(f(1))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
