# CALL_BUILTIN_FAST_WITH_KEYWORDS: max/min/sorted/sum/round called without keywords, then with keywords and bad args
def mx(a, b, c):
    return max(a, b, c)
def mn(seq):
    return min(seq)
def srt(seq):
    return sorted(seq)
def sm(seq, start):
    return sum(seq, start)
def rnd(x, n):
    return round(x, n)

s = 0
for i in range(300):
    s += mx(i, 5, 100) + mn([i, 3]) + srt([i % 3, 1, 0])[0] + sm([1, 2], i) + rnd(i / 3, 0)
print("warm", s)

print("mixed types", mx(1, 2.5, True), mn("bca"), srt("cab"), sm([[1], [2]], []), rnd(2.675, 2), rnd(-0.5, 0))
errs = set()
for i in range(80):
    try:
        mx(1, "a", 2)
    except TypeError as e:
        errs.add(str(e))
    try:
        mn([])
    except ValueError as e:
        errs.add(str(e))
    try:
        sm(["a"], "")
    except TypeError as e:
        errs.add(str(e))
print("errors", sorted(errs))

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __gt__(self, o):
        return self.v < o.v
print("user ordering", mx(Rev(1), Rev(5), Rev(3)).v, [r.v for r in srt([Rev(i) for i in range(5)])])
def kw(seq):
    return sorted(seq, key=lambda x: -x, reverse=False) + [max(seq, default=0), min(seq, key=abs)]
print("keywords", [kw([3, -1, 2]) for i in range(70)][-1], kw([5]))
sorted = lambda seq: "shadowed"
print("shadowed", set(srt([1]) for i in range(80)))
