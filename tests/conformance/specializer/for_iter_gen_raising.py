# FOR_ITER_GEN: generator loops warmed, then generators that raise, return values, are closed, or re-entered (ValueError)
def gen(n):
    for i in range(n):
        yield i

def consume(g):
    s = 0
    for x in g:
        s += x
    return s

print("warm", sum(consume(gen(i % 10)) for i in range(300)))

def raising(n):
    for i in range(n):
        if i == 5:
            raise KeyError("at five")
        yield i
errs = 0
for i in range(80):
    try:
        consume(raising(10))
    except KeyError as e:
        errs += 1
        msg = str(e)
print("raising", errs, msg)

def returning():
    yield 1
    return "value"
print("returning", sum(consume(returning()) for i in range(80)))

def stop_iter_inside():
    yield 1
    raise StopIteration("boom")
try:
    consume(stop_iter_inside())
except RuntimeError as e:
    print("RuntimeError", e)

g = gen(100)
next(g)
g.close()
print("closed", consume(g))

def self_ref():
    for x in me:
        yield x
me = self_ref()
try:
    consume(me)
except ValueError as e:
    print("ValueError", e)

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 70:
            raise StopIteration
        return self.i
print("iterator class", consume(It()), consume(iter([1, 2])), consume(map(abs, [-1, -2])))
def partially():
    g = gen(80)
    for x in g:
        if x == 40:
            break
    return consume(g)
print("resume", partially())
