from itertools import product, permutations, combinations, islice
print(sum(1 for _ in product(range(4), repeat=5)))
print(list(islice(permutations(range(10)), 3)))
print(list(islice(combinations(range(30), 5), 2)), sum(1 for _ in combinations(range(20), 3)))
print(next(p for p in permutations("abcd") if p[0] == "c" and p[-1] == "a"))
