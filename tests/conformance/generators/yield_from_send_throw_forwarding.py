def inner():
    try:
        while True:
            v = yield
            print("inner received", v)
    except KeyError:
        print("inner handled KeyError")
        return "inner-done"

def outer():
    res = yield from inner()
    print("outer result", res)
    yield "outer-final"

g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(KeyError("x")))
