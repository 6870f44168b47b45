from itertools import groupby
data = "aaabbbcccaab"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2)])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
