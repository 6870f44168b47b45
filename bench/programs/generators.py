# generators: pipelines of generators. Counting, filtering and mapping stages
# chained together, `yield from` delegation through a recursive tree walk,
# generator expressions consumed by sum/max, and send() into a coroutine-style
# accumulator. Measures generator creation, resumption and teardown.
SIZE = 120  # rounds (work is linear in SIZE)

TREE_DEPTH = 12
STREAM = 20000


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, items):
    for x in items:
        if pred(x):
            yield x


def scaled(k, items):
    for x in items:
        yield x * k


def windows(items, width):
    window = []
    for x in items:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def one_round(tree, r):
    in_order = sum(tree)
    pipeline = scaled(3, only(lambda x: x % 3 != r % 3, numbers(STREAM)))
    windowed = 0
    for a, b, c in windows(pipeline, 3):
        windowed += a - b + c
    squares = sum(x * x for x in range(STREAM) if x & 1)
    peak = max(x ^ r for x in tree)
    acc = averager()
    next(acc)
    mean = 0
    for x in numbers(STREAM // 4):
        mean = acc.send(x)
    acc.close()
    return in_order, windowed, squares, peak, mean


def main(rounds):
    tree = build(0, 2**TREE_DEPTH)
    checksum = 0
    for r in range(rounds):
        for part in one_round(tree, r):
            checksum = (checksum * 1000003 + part) % 2305843009213693951
    print(f"generators rounds={rounds} checksum={checksum}")


main(SIZE)
