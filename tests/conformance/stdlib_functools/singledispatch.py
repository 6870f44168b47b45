from functools import singledispatch

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@describe.register(str)
@describe.register(bytes)
def _(x):
    return f"text {x!r}"

for v in [1, True, [1, 2], "s", b"b", 2.5, None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
