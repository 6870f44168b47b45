def f():
    return 'first'
print(f())
def f():
    return 'second'
print(f())
g = f
def f():
    return 'third'
print(f(), g())
