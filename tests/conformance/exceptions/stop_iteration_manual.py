def take(xs, i):
    if i >= len(xs):
        raise StopIteration('exhausted at %d' % i)
    return xs[i]
i = 0
while True:
    try:
        print(take(['a', 'b'], i))
    except StopIteration as e:
        print(type(e).__name__, e)
        break
    i += 1
print(isinstance(StopIteration(), Exception))
