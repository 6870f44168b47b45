x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
