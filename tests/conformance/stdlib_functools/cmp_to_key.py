from functools import cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["banana", "fig", "apple", "kiwi", "date", "cherry"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(compare)
print(K("ab") < K("abc"), K("b") > K("a"), K("x") == K("x"))
def largest_number(nums):
    strs = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs)
print(largest_number([3, 30, 34, 5, 9]))
