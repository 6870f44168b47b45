d = {'x': 1, 'y': 2}
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.values(), {}.items())
k = d.keys()
d['z'] = 3
print(k, len(k), 'z' in k)
print(list(d.items())[1], sorted(d.values(), reverse=True))
