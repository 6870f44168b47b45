a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
t = ()
print(type(t) is tuple, type(1) is int, type(True) is int, type(True) is bool)
def f():
    pass
print(f() is None)
