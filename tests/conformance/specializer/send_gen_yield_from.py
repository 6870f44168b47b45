# SEND_GEN: yield from a generator warmed, then delegation to lists/iterators, send() values, throw(), delegate exhaustion
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

def outer(src):
    r = yield from src
    yield ("result", r)

def run(src):
    out = []
    for x in outer(src):
        out.append(x)
    return out

print("warm", sum(len(run(inner(i % 5))) for i in range(300)))
print("list", run([1, 2, 3]), len(run(list(range(80)))))
print("iterator", run(iter((4, 5))), run(range(3)), run("ab"))

g = outer(inner(100))
next(g)
acc = []
for i in range(90):
    acc.append(g.send(i))
print("send", acc[:3], acc[-1])

def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n += 100
g = outer(catcher())
next(g)
vals = [g.throw(ValueError) for i in range(70)]
print("throw", vals[:2], vals[-1])
g.close()

def failing():
    yield 1
    raise LookupError("inner failed")
errs = 0
for i in range(80):
    try:
        run(failing())
    except LookupError:
        errs += 1
print("inner raises", errs)
def chain(depth):
    if depth == 0:
        yield depth
        return "bottom"
    r = yield from chain(depth - 1)
    yield depth
    return r
print("deep", list(chain(30))[-3:], sum(len(list(chain(5))) for i in range(80)))
try:
    run(5)
except TypeError as e:
    print("TypeError", e)
