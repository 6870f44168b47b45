# CALL_BUILTIN_CLASS: int(x)/list(x)/dict() calls warmed, then the global name rebound to a subclass and a function
def conv(x):
    return int(x)
def mk(x):
    return list(x)
def mkd():
    return dict()

s = 0
for i in range(300):
    s += conv(str(i)) + len(mk(range(i % 5))) + len(mkd())
print("warm", s)

_int = int
class MyInt(int):
    def __new__(cls, x):
        return _int.__new__(cls, _int(x) * 2)
int = MyInt
s = 0
for i in range(100):
    s += conv(i)
print("subclass", s, type(conv(1)).__name__)
del int

errs = set()
for i in range(80):
    try:
        conv("x%d" % (i % 2))
    except ValueError as e:
        errs.add(str(e))
print("errors", sorted(errs))
print("float/bool", conv(3.9), conv(True), conv(-2.5), conv(" 42 "), conv("1_000"))

def list(x):
    return ("fake", x)
print("list rebound", set(mk("ab") for i in range(80)))
del list
print("restored", mk("ab"), [mk((1,)) for i in range(70)][-1])
s = 0
for i in range(200):
    s += conv(float(i)) + len(mk({i: 1}))
print("again", s)
