from collections import namedtuple
P3 = namedtuple("P3", "x y z", defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
Rec = namedtuple("Rec", "name, age")
print(Rec("ann", 3))
Bad = namedtuple("Bad", ["ok", "def", "ok", "_x"], rename=True)
print(Bad._fields)
for fields in (["def"], ["a", "a"], ["_under"], ["1x"]):
    try:
        namedtuple("T", fields)
    except ValueError as e:
        print(type(e).__name__, e)
M = namedtuple("M", "a b", module="custom.mod")
print(M.__module__)
