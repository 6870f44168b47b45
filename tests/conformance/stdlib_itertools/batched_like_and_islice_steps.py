from itertools import islice
data = list(range(1, 21))
print(list(islice(data, 0, None, 5)), list(islice(data, 3, 15, 4)), list(islice(data, 18, 100)))
def batches(seq, n):
    it = iter(seq)
    return iter(lambda: tuple(islice(it, n)), ())
print(list(batches(range(10), 4)))
print(list(iter([3, 2, 1, 0, 5].pop, 0)))
