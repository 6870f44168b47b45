from itertools import permutations
# SEND + MORE = MONEY style small puzzle: AB + BA = CC with distinct digits
sols = []
for a, b, c in permutations(range(1, 10), 3):
    if (10 * a + b) + (10 * b + a) == 11 * c:
        sols.append((a, b, c))
print(len(sols), sols[:5])
best = min(permutations([3, 1, 4, 2]), key=lambda p: sum(abs(x - i) for i, x in enumerate(p)))
print(best)
print(sorted(set(permutations("aab"))))
