class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return SpanIter(self)

class SpanIter:
    def __init__(self, span):
        self.cur = span.lo
        self.hi = span.hi
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
    def __iter__(self):
        return self

s = Span(2, 5)
print(list(s), list(s))
print([(a, b) for a in s for b in s if a < b])
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
