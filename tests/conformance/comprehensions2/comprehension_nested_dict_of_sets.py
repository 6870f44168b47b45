edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]
adj = {n: {v for u, v in edges if u == n} for n in sorted({u for u, _ in edges})}
print(adj)
indeg = {n: sum(1 for _, v in edges if v == n) for n in "abcd"}
print(indeg)
rev = {v: sorted(u for u, w in edges if w == v) for _, v in edges}
print(rev)
