def make_iter(xs):
    pos = 0
    def next_item():
        nonlocal pos
        if pos >= len(xs):
            raise StopIteration
        item = xs[pos]
        pos += 1
        return item
    return next_item
nxt = make_iter(['a', 'b', 'c'])
out = []
while True:
    try:
        out.append(nxt())
    except StopIteration:
        break
print(out)
try:
    nxt()
except StopIteration as e:
    print('still exhausted', type(e).__name__)
