from itertools import islice, chain, groupby, zip_longest, tee, count

def take(n, it):
    return list(islice(it, n))

def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk

def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)

def unique_justseen(it):
    return [k for k, _ in groupby(it)]

def sliding(it, n):
    its = tee(it, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

print(take(3, count(7)), list(chunked(range(7), 3)), list(grouper("ABCDEFG", 3, "x")))
print(unique_justseen("AAAABBBCCDAABBB"), list(sliding(range(5), 3)), list(flatten([[1, 2], [3]])))
