# CALL_TYPE_1/CALL_STR_1/CALL_ISINSTANCE: builtins rebound as globals for long stretches after warm-up, then restored
def ty(x):
    return type(x).__name__
def st(x):
    return str(x)
def isi(x):
    return isinstance(x, int)

def run(n):
    out = set()
    for i in range(n):
        out.add((ty(i), st(i % 3), isi(i)))
    return sorted(map(repr, out))

print("warm", run(300))
type = lambda x: str
str = lambda x: "s"
isinstance = lambda x, t: "no"
print("rebound", run(100))
del type, str, isinstance
print("restored", run(100))
