def lt(a, b):
    return a < b
hits = 0
for i in range(3000):
    if lt(i, 1500):
        hits += 1
print(hits)
print(lt(1.5, 2), lt(2, 1.5), lt('a', 'b'), lt([1], [1, 0]), lt((2,), (1,)), lt(2 ** 100, 2 ** 99))
print(lt(float('nan'), 1), lt(-0.0, 0), lt(True, 2))
try:
    lt(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
print(lt(0, 1))
