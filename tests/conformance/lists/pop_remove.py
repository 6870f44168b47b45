xs = [10, 20, 30, 40, 50]
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(-2), xs)
print(xs.pop(1), xs)
ys = [1, 2, 3, 2, 1]
ys.remove(2)
print(ys)
ys.remove(1)
print(ys)
ys.remove(1)
print(ys)
