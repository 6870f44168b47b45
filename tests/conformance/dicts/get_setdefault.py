d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get('a', 99))
print(d.setdefault('a', 5), d.setdefault('b', 7), d.setdefault('c'), d)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
