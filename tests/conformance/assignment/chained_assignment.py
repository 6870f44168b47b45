a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p = q = 'str'
q = q + '!'
print(p, q)
