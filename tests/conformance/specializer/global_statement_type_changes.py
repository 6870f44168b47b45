# LOAD_GLOBAL_MODULE+BINARY_OP_ADD_INT: a global updated through `global` in a hot function while its type changes
total = 0

def add(x):
    global total
    total = total + x
    return total

for i in range(300):
    add(i)
print("warm", total)
total = 0.5
for i in range(100):
    add(i)
print("float", total)
total = ""
for i in range(100):
    add(str(i % 10))
print("str", len(total), total[:12])
total = []
for i in range(100):
    add([i])
print("list", len(total), total[-1])
total = 2**64
for i in range(100):
    add(i)
print("big", total)
del total
try:
    add(1)
except NameError as e:
    print("NameError", e)
