d = {'apple': 3, 'banana': 0, 'cherry': 7}
print([k for k in d if d[k]])
print([v for v in d.values()])
print({k.upper(): v * 2 for k, v in d.items()})
print(sorted([(v, k) for k, v in d.items()], reverse=True))
