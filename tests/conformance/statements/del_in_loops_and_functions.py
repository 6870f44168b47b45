def g():
    for i in range(3):
        tmp = i * 2
        del tmp
    return "tmp" in locals(), i
print(g())
items = {"a": 1, "b": 2, "c": 3}
for k in list(items):
    if items[k] % 2:
        del items[k]
print(items)
lst = [1, 2, 3, 4, 5, 6]
for idx in range(len(lst) - 1, -1, -1):
    if lst[idx] % 3 == 0:
        del lst[idx]
print(lst)
