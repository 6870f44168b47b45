a = [1]
b = a
a += [2]
print(a, b, a is b)
s = 'x'
t = s
s += 'y'
print(s, t)
n = (1,)
m = n
n += (2,)
print(n, m)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
