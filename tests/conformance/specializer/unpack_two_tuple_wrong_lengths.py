# UNPACK_SEQUENCE_TWO_TUPLE: warmed on 2-tuples, then lists, wrong lengths (ValueError caught), strs, dicts, generators
def swap(p):
    a, b = p
    return b, a

s = 0
for i in range(300):
    x, y = swap((i, i + 1))
    s += x - y
print("warm", s)

s = 0
for i in range(80):
    x, y = swap([i, 2 * i])
    s += x
print("list", s)

errs = set()
for i in range(90):
    try:
        swap(tuple(range(i % 4 + 3)) if i % 2 else (i,))
    except ValueError as e:
        errs.add(str(e))
print("lengths", sorted(errs))

print("str", swap("ab"), swap({"k": 1, "j": 2}), swap(range(2)))
def gen(n):
    for i in range(n):
        yield i * 10
res = []
for i in range(80):
    try:
        res.append(swap(gen(2 + i % 2)))
    except ValueError as e:
        res.append(str(e))
print("gen", res[:2], len(res))
try:
    swap(5)
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    def __iter__(self):
        return iter((1, 2))
print("tuple subclass", swap(T((7, 8))), [swap(T((7, 8))) for i in range(70)][-1])
s = 0
for i in range(200):
    x, y = swap((i, -i))
    s += x
print("again", s)
