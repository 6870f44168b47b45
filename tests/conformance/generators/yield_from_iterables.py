def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (9,), {"k": 1})))
def from_gen_expr():
    yield from (x * x for x in range(4))
print(list(from_gen_expr()))
