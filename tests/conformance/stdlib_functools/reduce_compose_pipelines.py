from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, inc, dbl)(10))
pipeline = [partial(map, str.strip), partial(filter, None), partial(map, str.upper), list]
print(reduce(lambda acc, f: f(acc), pipeline, [" a ", "", " b", "c "]))
flatten = partial(reduce, lambda a, b: a + b)
print(flatten([[1], [2, 3], [4]]), flatten([[]], []))
