# LOAD_GLOBAL_BUILTIN: builtins patched through __builtins__ (the builtins module in __main__) after warm-up, then restored
B = __builtins__

def measure(x):
    return len(x)
def biggest(a, b):
    return max(a, b)

s = 0
for i in range(300):
    s += measure("abc"[: i % 4]) + biggest(i, 5)
print("warm", s)

orig_len = B.len
B.len = lambda x: 1000
print("patched", sum(measure("ab") for i in range(100)))
B.len = orig_len
print("restored", sum(measure("ab") for i in range(100)))

orig_max = B.max
del B.max
errs = set()
for i in range(80):
    try:
        biggest(1, 2)
    except NameError as e:
        errs.add(str(e))
print("deleted", list(errs))
B.max = orig_max
print("back", biggest(3, 4))

setattr(B, "fresh_builtin", 11)
def reads_fresh():
    return fresh_builtin
s = 0
for i in range(300):
    s += reads_fresh()
fresh_builtin = -1
s2 = sum(reads_fresh() for i in range(100))
del fresh_builtin
s3 = sum(reads_fresh() for i in range(100))
delattr(B, "fresh_builtin")
try:
    reads_fresh()
except NameError as e:
    print("gone", e)
print("fresh", s, s2, s3)
