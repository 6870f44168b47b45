def f():
    x = 1
    def g():
        return x
    del x
    return g

g = f()
try:
    g()
except NameError as e:
    print(type(e).__name__, e)

def h():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(h())
