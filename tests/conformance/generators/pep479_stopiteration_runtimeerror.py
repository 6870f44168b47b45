def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def via_next():
    it = iter([])
    yield next(it)

try:
    next(via_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
