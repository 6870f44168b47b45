# SEND_GEN: warm a `yield from` site on generators, then feed it plain
# iterators past the 53-miss cooldown so the site re-specializes, then
# generators again.

def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def outer(source):
    result = yield from source
    return result


def drive(source):
    g = outer(source)
    out = []
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send(v * 2) if isinstance(source, type(inner(0))) else next(g)
    except StopIteration as e:
        return out, e.value


for phase, make in (("gen", lambda k: inner(k % 4 + 2)),
                    ("list-iter", lambda k: iter([k, k + 1, k + 2])),
                    ("range-iter", lambda k: iter(range(k % 3 + 1))),
                    ("gen-again", lambda k: inner(k % 5 + 1))):
    acc = []
    for k in range(80):
        acc.append(drive(make(k)))
    print(phase, acc[:3], acc[-1], sum(len(a[0]) for a in acc))
