x = "outer"
lst = [x for x in range(3)]
print(lst, x)
s = {x for x in "ab"}
d = {x: 1 for x in [9]}
print(x)
g = list(y for y in range(2))
try:
    y
except NameError as e:
    print(type(e).__name__, e)
def f():
    z = 1
    vals = [z + i for i in range(3)]
    try:
        i
    except NameError as e:
        return vals, str(e)
print(f())
