d = {'banana': 3, 'apple': 1, 'cherry': 2}
for k in d:
    print(k)
for v in d.values():
    print(v)
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(max(d, key=lambda k: d[k]), min(d.values()))
