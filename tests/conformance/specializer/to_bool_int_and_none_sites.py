# TO_BOOL_INT/TO_BOOL_NONE: while/if conditions warmed on ints and None, then int subclasses, bools, floats and instances
def countdown(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps

def is_set(x):
    return "set" if x else "unset"

print("warm", sum(countdown(i % 8) for i in range(300)), [is_set(None) for i in range(300)].count("unset"))
class I(int):
    def __bool__(self):
        return True
class Z(int):
    pass
print("int subclass", is_set(I(0)), is_set(Z(0)), sum(is_set(I(0)) == "set" for i in range(80)))
print("floats", countdown(5.0), countdown(True), is_set(0.0), is_set(-0.0), is_set(float("nan")))
class O:
    pass
res = []
for i in range(100):
    res.append(is_set(O() if i % 2 else None))
print("instances", res.count("set"), res.count("unset"))
print("big", countdown(2**64 - 2**64 + 70), is_set(2**100), is_set(-2**100))
