import inspect

def g():
    yield 1
    yield 2

it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), it.gi_frame is not None)
list(it)
print(inspect.getgeneratorstate(it), it.gi_frame)
it2 = g()
it2.close()
print(inspect.getgeneratorstate(it2))

def selfref():
    yield inspect.getgeneratorstate(me)
me = selfref()
print(next(me))
print(it.gi_running, g.__name__, it.__name__, it.__qualname__)
