def g():
    yield 1
it = g()
list(it)
for fn in (lambda: next(it), lambda: it.send(None), lambda: it.throw(ValueError("v"))):
    try:
        fn()
    except StopIteration:
        print("StopIteration")
    except ValueError as e:
        print("ValueError", e)
print(it.close())
