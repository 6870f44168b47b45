# LOAD_GLOBAL_BUILTIN: builtins.len replaced via the builtins module after warm-up, a builtin deleted, then restored
import builtins

def measure(x):
    return len(x)

def gets_sorted(x):
    return sorted(x)

s = 0
for i in range(300):
    s += measure([0] * (i % 4))
    gets_sorted([3, 1, 2])
print("warm", s)

orig_len = builtins.len
builtins.len = lambda x: 42
s = 0
for i in range(100):
    s += measure("ab")
print("patched", s)

builtins.len = orig_len
s = 0
for i in range(100):
    s += measure("ab")
print("restored", s)

orig_sorted = builtins.sorted
del builtins.sorted
errs = set()
for i in range(80):
    try:
        gets_sorted([2, 1])
    except NameError as e:
        errs.add(str(e))
print("deleted", list(errs))
builtins.sorted = orig_sorted
print("back", gets_sorted([3, 2, 1]))

builtins.my_new_builtin = 5
def reads_new():
    return my_new_builtin
s = 0
for i in range(300):
    s += reads_new()
builtins.my_new_builtin = 7
s2 = 0
for i in range(100):
    s2 += reads_new()
my_new_builtin = 1
s3 = 0
for i in range(100):
    s3 += reads_new()
del my_new_builtin
del builtins.my_new_builtin
try:
    reads_new()
except NameError as e:
    print("gone", e)
print("new builtin", s, s2, s3)
