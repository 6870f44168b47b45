"""An LRU cache implemented with a hash map and a doubly linked list,
plus a TTL variant driven by a fake clock, a memoizing decorator built
on it, and cross-checks against functools.lru_cache and OrderedDict."""

from collections import OrderedDict
from functools import lru_cache


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()  # most recent after head
        self.tail = _Node()  # least recent before tail
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.on_evict = on_evict

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.put(key, value)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def keys(self):
        """Most recently used first."""
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def check_links(self):
        forward = self.keys()
        backward = []
        node = self.tail.prev
        while node is not self.head:
            backward.append(node.key)
            node = node.prev
        return forward == backward[::-1] and len(forward) == len(self.map)

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions, "size": len(self)}

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


class FakeClock:
    def __init__(self):
        self.now = 0

    def advance(self, dt):
        self.now += dt

    def __call__(self):
        return self.now


class TTLCache(LRUCache):
    def __init__(self, capacity, ttl, clock):
        super().__init__(capacity)
        self.ttl = ttl
        self.clock = clock
        self.expired = 0

    def put(self, key, value):
        super().put(key, (value, self.clock() + self.ttl))

    def get(self, key, default=None):
        entry = super().get(key)
        if entry is None:
            return default
        value, deadline = entry
        if self.clock() >= deadline:
            del self[key]
            self.expired += 1
            self.hits -= 1
            self.misses += 1
            return default
        return value


def memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            marker = ("<missing>",)
            value = cache.get(args, marker)
            if value is marker:
                value = fn(*args)
                cache.put(args, value)
            return value

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorator


class ReferenceLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.d = OrderedDict()

    def get(self, key, default=None):
        if key not in self.d:
            return default
        self.d.move_to_end(key)
        return self.d[key]

    def put(self, key, value):
        if key in self.d:
            self.d.move_to_end(key)
        self.d[key] = value
        if len(self.d) > self.capacity:
            self.d.popitem(last=False)

    def keys(self):
        return list(reversed(self.d))


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        yield seed


def main():
    evicted = []
    c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
    for k, v in [("a", 1), ("b", 2), ("c", 3)]:
        c[k] = v
    print(c, c.keys())
    print(c.get("a"), c.keys())
    c["d"] = 4
    print(c, "evicted:", evicted)
    c["b"] = 20
    c["e"] = 5
    print(c, "evicted:", evicted)
    print("b" in c, "c" in c, len(c), c.get("zzz", "default"))
    try:
        c["missing"]
    except KeyError as e:
        print("KeyError", e)
    del c["b"]
    print(c.keys(), c.check_links(), c.stats())
    try:
        LRUCache(0)
    except ValueError as e:
        print("ValueError", e)

    # randomized comparison against an OrderedDict-based reference
    rng = lcg(2024)
    mine, ref = LRUCache(8), ReferenceLRU(8)
    mismatches = 0
    for step in range(3000):
        r = next(rng)
        key = r % 20
        if r % 3 == 0:
            mine.put(key, step)
            ref.put(key, step)
        else:
            if mine.get(key) != ref.get(key):
                mismatches += 1
        if mine.keys() != ref.keys():
            mismatches += 1
    print("randomized mismatches:", mismatches, "links ok:", mine.check_links(), mine.stats())

    # memoize vs functools.lru_cache on the same access pattern
    calls = {"mine": 0, "ref": 0}

    @memoize(16)
    def slow_square(n):
        calls["mine"] += 1
        return n * n

    @lru_cache(maxsize=16)
    def ref_square(n):
        calls["ref"] += 1
        return n * n

    rng = lcg(7)
    for _ in range(2000):
        n = next(rng) % 40
        assert slow_square(n) == ref_square(n)
    info = ref_square.cache_info()
    print("memoize calls:", calls, "lru_cache info:", info.hits, info.misses, info.currsize)
    print("hit counts agree:", slow_square.cache.hits == info.hits, slow_square.cache.misses == info.misses)

    @memoize(1000)
    def ways(n, coins):
        if n == 0:
            return 1
        if n < 0 or not coins:
            return 0
        return ways(n - coins[0], coins) + ways(n, coins[1:])

    print("ways to make 200 from UK coins:", ways(200, (200, 100, 50, 20, 10, 5, 2, 1)), ways.cache.stats())

    clock = FakeClock()
    t = TTLCache(4, ttl=10, clock=clock)
    t.put("session", "abc")
    t.put("token", "xyz")
    clock.advance(5)
    print(t.get("session"), t.get("token"))
    t.put("token", "renewed")
    clock.advance(6)
    print(t.get("session"), t.get("token"), t.expired, t.stats())
    clock.advance(10)
    print(t.get("token", "gone"), t.expired, len(t))


main()
