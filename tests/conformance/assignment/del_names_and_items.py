a = 1
b = [1, 2, 3]
c = {'k': 1, 'j': 2}
del a
del b[0]
del c['k']
print(b, c)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del x, y
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4, 5]
del lst[1:4]
print(lst)
