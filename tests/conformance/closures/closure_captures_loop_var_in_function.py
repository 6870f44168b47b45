def build():
    funcs = {}
    for name in ["a", "b", "c"]:
        def f():
            return name
        funcs[name] = f
    return funcs

fs = build()
print({k: v() for k, v in fs.items()})

def build_fixed():
    funcs = {}
    for name in ["a", "b", "c"]:
        def make(n):
            return lambda: n
        funcs[name] = make(name)
    return funcs
print({k: v() for k, v in build_fixed().items()})
