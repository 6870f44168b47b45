# LOAD_GLOBAL_BUILTIN: the builtins namespace dict (portable: __builtins__ or its __dict__) patched, deleted from and extended
B = __builtins__
BD = B if isinstance(B, dict) else B.__dict__

def measure(x):
    return len(x)
def biggest(a, b):
    return max(a, b)

s = 0
for i in range(300):
    s += measure("abc"[: i % 4]) + biggest(i, 5)
print("warm", s)

orig_len = BD["len"]
BD["len"] = lambda x: 1000
print("patched", sum(measure("ab") for i in range(100)))
BD["len"] = orig_len
print("restored", sum(measure("ab") for i in range(100)))

orig_max = BD.pop("max")
errs = set()
for i in range(80):
    try:
        biggest(1, 2)
    except NameError as e:
        errs.add(str(e))
print("deleted", list(errs))
BD["max"] = orig_max
print("back", biggest(3, 4), sum(biggest(i, 50) for i in range(100)))

BD["fresh_builtin"] = 11
def reads_fresh():
    return fresh_builtin
s = 0
for i in range(300):
    s += reads_fresh()
fresh_builtin = -1
s2 = sum(reads_fresh() for i in range(100))
del fresh_builtin
s3 = sum(reads_fresh() for i in range(100))
del BD["fresh_builtin"]
try:
    reads_fresh()
except NameError as e:
    print("gone", e)
print("fresh", s, s2, s3)
for i in range(100):
    BD["tmp_%d" % i] = i
    measure("x")
print("builtins grown", sum(measure("xy") for i in range(100)))
for i in range(100):
    del BD["tmp_%d" % i]
print("shrunk", sum(measure("xyz") for i in range(100)))
