lst = list(range(10))
s = slice(2, 5)
lst[s] = ["a", "b"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
t = tuple(range(6))
print(t[slice(1, None, 2)], t[::-1][slice(2)])
print("hello"[slice(-3, None)])
