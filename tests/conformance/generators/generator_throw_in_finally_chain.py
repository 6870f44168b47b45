def g():
    try:
        yield 1
    finally:
        yield "from finally"

it = g()
print(next(it))
print(it.throw(ValueError("x")) if False else next(it))
try:
    next(it)
except ValueError as e:
    print("unexpected", e)
except StopIteration:
    print("stopped")
it2 = g()
next(it2)
print(it2.throw(KeyError("k")))
try:
    next(it2)
except KeyError as e:
    print("KeyError resurfaces after finally", e)
