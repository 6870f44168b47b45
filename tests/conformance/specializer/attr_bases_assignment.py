# LOAD_ATTR_CLASS/METHOD_WITH_VALUES/NONDESCRIPTOR_WITH_VALUES: inherited members, then the subclass's __bases__ reassigned
class B1:
    tag = "b1"
    def who(self):
        return "B1"
class B2:
    tag = "b2"
    def who(self):
        return "B2"
class Sub(B1):
    def __init__(self):
        self.v = 0

def via(o):
    return (o.tag, o.who())
def via_cls(cls):
    return cls.tag

o = Sub()
for i in range(300):
    via(o)
    via_cls(Sub)
print("warm", via(o), via_cls(Sub))

Sub.__bases__ = (B2,)
print("bases B2", set(via(o) for i in range(100)), set(via_cls(Sub) for i in range(100)))

class Mid(B1):
    tag = "mid"
Sub.__bases__ = (Mid,)
print("bases Mid", set(via(o) for i in range(100)), set(via_cls(Sub) for i in range(100)))
Mid.who = lambda self: "Mid"
print("mid gains who", set(via(o) for i in range(100)))
del B1.tag
del Mid.tag
try:
    via(o)
except AttributeError as e:
    print("AttributeError", e)
print("mro", [c.__name__ for c in Sub.__mro__])
try:
    Sub.__bases__ = (int,)
except TypeError as e:
    print("TypeError", type(e).__name__)
