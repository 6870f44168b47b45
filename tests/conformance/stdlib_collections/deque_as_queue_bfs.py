from collections import deque
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for n in graph[node]:
            if n not in seen:
                seen.add(n)
                q.append(n)
    return order
print(bfs("A"), bfs("C"))
window = deque(maxlen=3)
avgs = []
for v in [1, 5, 3, 8, 2, 9]:
    window.append(v)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
