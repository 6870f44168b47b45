data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print({(w := k): w * 2 for k in range(3)}, w)
def f():
    [last := i for i in range(5)]
    return last
print(f())
