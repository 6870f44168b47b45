d = {'a': 1, 'b': 2, 'c': 3}
print([k.upper() for k in d.keys()])
print([v * 10 for v in d.values()])
print([f'{k}={v}' for k, v in d.items()])
print(len(d.items()), list(reversed(list(d))))
print(sum(d.values()), max(d.items()))
