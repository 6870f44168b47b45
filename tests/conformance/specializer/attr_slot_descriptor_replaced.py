# LOAD_ATTR_SLOT/STORE_ATTR_SLOT: slot member descriptor replaced on the class by a constant, then restored; __class__ assignment
class S:
    __slots__ = ("x",)
class T:
    __slots__ = ("x",)

def read(o):
    return o.x
def write(o, v):
    o.x = v

s = S()
for i in range(300):
    write(s, i)
    read(s)
print("warm", read(s))

member = S.x
S.x = "constant"
print("replaced", set(read(s) for i in range(100)))
errs = set()
for i in range(80):
    try:
        write(s, i)
    except AttributeError as e:
        errs.add(str(e))
print("write blocked", sorted(errs))
S.x = member
print("restored", read(s))

s.__class__ = T
vals = set()
for i in range(80):
    try:
        vals.add(read(s))
    except AttributeError as e:
        vals.add(str(e))
print("class assigned", sorted(map(str, vals)), type(s).__name__)
for i in range(100):
    write(s, -i)
s.__class__ = S
print("back to S", read(s), type(s).__name__)
