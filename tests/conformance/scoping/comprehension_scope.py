x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
ys = [x + str(i) for i in range(2)]
print(ys)
d = {k: x for k in 'ab'}
print(d)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
i = 'unchanged'
_ = [i for i in 'abc']
print(i)
