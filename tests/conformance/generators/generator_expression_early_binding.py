x = [1, 2, 3]
g = (i * 10 for i in x)
x = [7, 8]
print(list(g))
y = [1, 2]
g2 = (a + b for a in y for b in y)
y = [100]
print(list(g2))
try:
    g3 = (1 / 0 for _ in range(2))
    print("created lazily")
    list(g3)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    g4 = (i for i in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
