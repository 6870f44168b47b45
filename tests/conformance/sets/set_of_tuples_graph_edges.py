edges = {(1, 2), (2, 3), (3, 1), (2, 1)}
undirected = {tuple(sorted(e)) for e in edges}
print(undirected)
nodes = {n for e in edges for n in e}
print(nodes)
print({e for e in edges if e[0] < e[1]})
print((1, 2) in edges, (1, 3) in edges)
