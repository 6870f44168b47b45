from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc")), len(list(permutations(range(5)))))
print(list(permutations([1, 2, 3], 2)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
