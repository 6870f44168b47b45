# TO_BOOL_BOOL/INT/NONE/LIST/STR: each site warmed on its type, then fed ints, big ints, floats, tuples, dicts, None
def truth(x):
    if x:
        return 1
    return 0
def nottruth(x):
    return not x

def run(values, n):
    t = 0
    for i in range(n):
        t += truth(values[i % len(values)])
    return t

print("bool", run([True, False, True], 300))
print("int", run([0, 1, -5, 2**70, 0], 300))
print("none", run([None], 300))
print("list", run([[], [1], [0, 0]], 300))
print("str", run(["", "a", "é"], 300))
print("mixed", run([0.0, 0.5, (), (0,), {}, {1: 2}, 2**100, -2**100, float("nan"), set(), frozenset({1}), range(0), range(3), b"", b"x"], 320))
t = 0
for i in range(300):
    t += nottruth(i % 3) + nottruth([] if i % 2 else [1]) + nottruth("" if i % 5 else "x")
print("not", t)
