def f(*a):
    print(type(a).__name__, len(a))
    return a + (99,)
print(f(1, 2))
def g(**k):
    print(type(k).__name__, len(k))
    k['added'] = 1
    return k
base = {'x': 0}
print(g(**base), base)
