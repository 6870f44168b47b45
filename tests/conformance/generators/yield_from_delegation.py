def inner():
    got = yield "inner-1"
    print("inner got", got)
    yield "inner-2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
print(list(outer()))
