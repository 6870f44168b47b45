# LOAD_GLOBAL_MODULE/STORE_ATTR_INSTANCE_VALUE: an instance whose __dict__ is globals(), so attribute stores add and delete globals
X = 1
def rx():
    return X
def ry():
    return Y
class O:
    pass
def store_y(o, v):
    o.Y = v
def store_x(o, v):
    o.X = v
for i in range(300):
    rx()
o = O()
o.__dict__ = globals()
for i in range(300):
    store_x(o, i)
print(rx())
p = O()
for i in range(300):
    store_y(p, i)
store_y(o, "gy")
print(ry(), [ry() for i in range(100)][-1])
del o.X
try:
    rx()
except NameError as e:
    print("NE", e)
o.X = "back"
print(rx(), sum(1 for i in range(100) if rx() == "back"))
print(type(o.__dict__).__name__, o.__dict__ is globals())
