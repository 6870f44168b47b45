def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError("instance"))
it.throw(KeyError)
it.throw(TypeError("x"))
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit escapes (not an Exception)")
