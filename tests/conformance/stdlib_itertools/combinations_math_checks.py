from itertools import combinations, permutations, product
import math
for n in range(6):
    for k in range(n + 1):
        assert len(list(combinations(range(n), k))) == math.comb(n, k)
        assert len(list(permutations(range(n), k))) == math.perm(n, k)
print("counts match comb/perm")
subsets = [c for r in range(4) for c in combinations("abc", r)]
print(subsets)
target = 10
print([c for c in combinations([2, 3, 5, 7, 8], 2) if sum(c) == target])
print(sum(1 for p in product(range(6), repeat=2) if sum(p) == 5))
