# TO_BOOL_ALWAYS_TRUE: instances of a plain class, then __bool__ added to the class, changed, deleted, then __len__ added
class Thing:
    pass

def count(objs):
    n = 0
    for o in objs:
        if o:
            n += 1
    return n

objs = [Thing() for i in range(10)]
n = 0
for i in range(30):
    n += count(objs)
print("warm", n)

Thing.__bool__ = lambda self: False
print("bool false", sum(count(objs) for i in range(10)))

flag = [0]
def alternating(self):
    flag[0] += 1
    return flag[0] % 2 == 0
Thing.__bool__ = alternating
print("stateful bool", sum(count(objs) for i in range(10)))

del Thing.__bool__
print("deleted", sum(count(objs) for i in range(10)))

Thing.__len__ = lambda self: 0
print("len zero", sum(count(objs) for i in range(10)))
Thing.__len__ = lambda self: 3
print("len three", sum(count(objs) for i in range(10)))
Thing.__bool__ = lambda self: 1
try:
    count(objs)
except TypeError as e:
    print("TypeError", e)
Thing.__bool__ = lambda self: False
print("bool beats len", count(objs))
del Thing.__bool__
del Thing.__len__
print("plain again", sum(count(objs) for i in range(10)))
