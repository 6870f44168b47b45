# FOR_ITER_LIST: list iteration warmed, then the list mutated during iteration (append, pop, clear, slice assignment)
def total(lst):
    s = 0
    for x in lst:
        s += x
    return s

def grow(lst, limit):
    n = 0
    for x in lst:
        n += 1
        if len(lst) < limit:
            lst.append(x + 1)
    return n

def shrink(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            lst.pop()
    return seen

def clear_mid(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x == 3:
            lst.clear()
    return seen

print("warm", sum(total(list(range(i % 10))) for i in range(300)))
print("grow", grow([1, 2, 3], 150))
print("shrink", shrink(list(range(150))))
print("clear", clear_mid(list(range(100))))

def replace_all(lst):
    out = []
    for x in lst:
        out.append(x)
        if x == 1:
            lst[:] = [10, 20, 30, 40, 50] * 20
    return out
r = replace_all([0, 1, 2])
print("slice assigned", len(r), r[:6])

it_list = list(range(80))
it = iter(it_list)
first = next(it)
s = 0
for x in it:
    s += x
it_list.append(1000)
print("exhausted stays exhausted", s, list(it))
class L(list):
    def __iter__(self):
        return iter([7, 7])
print("subclass", total(L([1, 2, 3])), sum(total(L()) for i in range(70)))
print("tuple/range/str at same site", total((1, 2)), total(range(100)), sum(total({i: 0 for i in range(3)}) for i in range(70)))
