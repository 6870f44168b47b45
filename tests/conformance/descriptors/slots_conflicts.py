try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

class S:
    __slots__ = "single"

s = S()
s.single = "ok"
print(s.single, S.__slots__)

class Empty:
    __slots__ = ()

try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDefaultViaInit:
    __slots__ = ("a", "b")
    def __init__(self, a=0):
        self.a = a

o = WithDefaultViaInit()
print(o.a, hasattr(o, "b"))
