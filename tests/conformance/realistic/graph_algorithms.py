"""A graph algorithms suite: BFS, DFS (recursive and iterative),
shortest paths with Dijkstra and Bellman-Ford, topological sort (Kahn and
DFS), connected and strongly connected components (Tarjan), cycle
detection, minimum spanning tree (Kruskal with union-find and Prim),
bipartiteness, and Floyd-Warshall all-pairs distances."""

import heapq
from collections import deque, defaultdict

INF = float("inf")


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # make sure v exists

    @classmethod
    def from_edges(cls, edges, directed=False):
        g = cls(directed)
        for e in edges:
            g.add_edge(*e)
        return g

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, u):
        return sorted(self.adj[u])

    def edges(self):
        seen = set()
        out = []
        for u in self.nodes():
            for v in self.neighbours(u):
                key = (u, v) if self.directed else tuple(sorted((u, v)))
                if key not in seen:
                    seen.add(key)
                    out.append((u, v, self.adj[u][v]))
        return out


def bfs(g, start):
    dist = {start: 0}
    parent = {start: None}
    order = []
    q = deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v in g.neighbours(u):
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                q.append(v)
    return order, dist, parent


def path_to(parent, target):
    if target not in parent:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]


def dfs_recursive(g, start, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(start)
    order.append(start)
    for v in g.neighbours(start):
        if v not in seen:
            dfs_recursive(g, v, seen, order)
    return order


def dfs_iterative(g, start):
    seen = set()
    order = []
    stack = [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        for v in reversed(g.neighbours(u)):
            if v not in seen:
                stack.append(v)
    return order


def dijkstra(g, source):
    dist = {u: INF for u in g.nodes()}
    prev = {u: None for u in g.nodes()}
    dist[source] = 0
    heap = [(0, source)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in sorted(g.adj[u].items()):
            if w < 0:
                raise ValueError("Dijkstra does not support negative weights")
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops


def bellman_ford(g, source):
    dist = {u: INF for u in g.nodes()}
    dist[source] = 0
    edges = [(u, v, w) for u in g.nodes() for v, w in sorted(g.adj[u].items())]
    for _ in range(len(dist) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError("negative cycle detected")
    return dist


def topo_kahn(g):
    indeg = {u: 0 for u in g.nodes()}
    for u in g.nodes():
        for v in g.adj[u]:
            indeg[v] += 1
    ready = [u for u in g.nodes() if indeg[u] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in g.neighbours(u):
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(order) != len(indeg):
        raise ValueError("graph has a cycle")
    return order


def topo_dfs(g):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {u: WHITE for u in g.nodes()}
    out = []

    def visit(u):
        colour[u] = GREY
        for v in g.neighbours(u):
            if colour[v] == GREY:
                raise ValueError(f"cycle through {u}->{v}")
            if colour[v] == WHITE:
                visit(v)
        colour[u] = BLACK
        out.append(u)

    for u in g.nodes():
        if colour[u] == WHITE:
            visit(u)
    return out[::-1]


def components(g):
    seen = set()
    comps = []
    for u in g.nodes():
        if u not in seen:
            order, _, _ = bfs(g, u)
            seen.update(order)
            comps.append(sorted(order))
    return comps


def tarjan_scc(g):
    index = {}
    low = {}
    on_stack = set()
    stack = []
    result = []
    counter = [0]

    def strongconnect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in g.neighbours(v):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))

    for v in g.nodes():
        if v not in index:
            strongconnect(v)
    return sorted(result)


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def kruskal(g):
    uf = UnionFind(g.nodes())
    tree = []
    for u, v, w in sorted(g.edges(), key=lambda e: (e[2], e[0], e[1])):
        if uf.union(u, v):
            tree.append((u, v, w))
    return tree


def prim(g, start):
    seen = {start}
    heap = [(w, start, v) for v, w in g.adj[start].items()]
    heapq.heapify(heap)
    total = 0
    tree = []
    while heap and len(seen) < len(g.adj):
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        total += w
        tree.append((u, v, w))
        for x, wx in g.adj[v].items():
            if x not in seen:
                heapq.heappush(heap, (wx, v, x))
    return total, tree


def is_bipartite(g):
    colour = {}
    for s in g.nodes():
        if s in colour:
            continue
        colour[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in g.neighbours(u):
                if v not in colour:
                    colour[v] = 1 - colour[u]
                    q.append(v)
                elif colour[v] == colour[u]:
                    return False, (u, v)
    return True, sorted(u for u in colour if colour[u] == 0)


def floyd_warshall(g):
    nodes = g.nodes()
    d = {u: {v: (0 if u == v else g.adj[u].get(v, INF)) for v in nodes} for u in nodes}
    for k in nodes:
        for i in nodes:
            dik = d[i][k]
            if dik == INF:
                continue
            for j in nodes:
                if dik + d[k][j] < d[i][j]:
                    d[i][j] = dik + d[k][j]
    return d


def main():
    city = Graph.from_edges([
        ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
        ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("G", "H", 1),
    ])
    order, dist, parent = bfs(city, "A")
    print("BFS order:", order, "hops:", dist)
    print("BFS path A->F:", path_to(parent, "F"), "A->G:", path_to(parent, "G"))
    print("DFS recursive:", dfs_recursive(city, "A"), "iterative:", dfs_iterative(city, "A"))
    d, prev, pops = dijkstra(city, "A")
    print("Dijkstra:", {k: v for k, v in d.items()}, "pops:", pops)
    print("shortest A->F:", path_to(prev, "F"), d["F"])
    print("Bellman-Ford agrees:", bellman_ford(city, "A") == d)
    print("components:", components(city))
    print("Kruskal MST:", kruskal(city), "weight", sum(w for *_, w in kruskal(city)))
    total, tree = prim(city, "A")
    print("Prim MST from A:", total, tree)

    dag = Graph.from_edges([
        ("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
        ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
        ("undershorts", "shoes"), ("watch", "watch_strap"),
    ], directed=True)
    print("topo (Kahn):", topo_kahn(dag))
    print("topo (DFS): ", topo_dfs(dag))
    dag.add_edge("jacket", "shirt")
    for fn in (topo_kahn, topo_dfs):
        try:
            fn(dag)
        except ValueError as e:
            print(fn.__name__, "->", e)

    scc_graph = Graph.from_edges([
        (1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (7, 6), (7, 8), (8, 7), (9, 9),
    ], directed=True)
    print("SCCs:", tarjan_scc(scc_graph))

    neg = Graph.from_edges([("s", "a", 4), ("s", "b", 5), ("a", "c", -3), ("b", "a", -2), ("c", "d", 2)], directed=True)
    print("Bellman-Ford with negative edges:", bellman_ford(neg, "s"))
    try:
        dijkstra(neg, "s")
    except ValueError as e:
        print("Dijkstra:", e)
    neg.add_edge("d", "b", -4)
    try:
        bellman_ford(neg, "s")
    except ValueError as e:
        print("Bellman-Ford:", e)

    grid = Graph()
    for r in range(4):
        for c in range(4):
            if c < 3:
                grid.add_edge((r, c), (r, c + 1))
            if r < 3:
                grid.add_edge((r, c), (r + 1, c))
    print("4x4 grid bipartite:", is_bipartite(grid)[0], "corner distance:", bfs(grid, (0, 0))[1][(3, 3)])
    tri = Graph.from_edges([(1, 2), (2, 3), (3, 1), (3, 4)])
    print("triangle bipartite:", is_bipartite(tri))
    fw = floyd_warshall(city)
    print("Floyd-Warshall row A:", {k: v for k, v in fw["A"].items()})
    print("FW agrees with Dijkstra from every node:",
          all(dijkstra(city, u)[0] == fw[u] for u in city.nodes()))
    diameter = max(v for row in fw.values() for v in row.values() if v != INF)
    print("diameter of reachable pairs:", diameter)


main()
