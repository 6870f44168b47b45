def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(dbl, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
