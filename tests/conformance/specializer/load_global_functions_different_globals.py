# LOAD_GLOBAL_MODULE/BUILTIN: a warmed site whose globals gain and lose keys between calls, and global/builtin name collisions
counter = 0

def bump():
    global counter
    counter = counter + 1
    return counter

for i in range(300):
    bump()
print("warm", counter)

g = globals()
for i in range(100):
    g["k%d" % i] = i
    bump()
print("keys added", counter)
for i in range(100):
    del g["k%d" % i]
    bump()
print("keys removed", counter)

def uses_print_name():
    return repr(print)[:9]
for i in range(300):
    r = uses_print_name()
print = "shadow"
r2 = [uses_print_name() for i in range(70)]
del print
print("print", r, r2[0], uses_print_name())
del counter
try:
    bump()
except NameError as e:
    print("NameError", e)
counter = 10**20
print("big", bump())
