from functools import lru_cache

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @lru_cache(maxsize=None)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)
    def __hash__(self):
        return hash((self.w, self.h))
    def __eq__(self, o):
        return (self.w, self.h) == (o.w, o.h)

g = Grid(10, 10)
print(g.paths(10, 10), Grid.paths.cache_info().misses)
print(Grid(10, 10).paths(10, 10), Grid.paths.cache_info().hits > 0)

@lru_cache(maxsize=128)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
print(edit("kitten", "sitting"), edit("intention", "execution"))
