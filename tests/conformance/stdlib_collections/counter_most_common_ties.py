from collections import Counter
c = Counter("zzyyxxwwv")
print(c.most_common())
print(c.most_common(3))
c2 = Counter(["b", "a", "c", "a", "b", "d"])
print(c2.most_common(), list(c2))
nums = Counter([3, 1, 2, 3, 1, 3])
print(nums.most_common(1)[0], sorted(nums.items()))
print(Counter({"x": 1, "y": 3, "z": 2}))
