a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = r = 5
p += 1
print(p, q, r)
(m, n), o = "ab", "c"
print(m, n, o)
lst = [0, 0, 0]
lst[0] = lst[1] = lst[2] = "z"
print(lst)
