def use_len(x):
    return len(x)

results = []
for i in range(150):
    if i == 50:
        len = lambda x: -1
    if i == 100:
        del len
    results.append(use_len("abc"))
print(results[0], results[50], results[100], results.count(3), results.count(-1))
