# CALL_ALLOC_AND_ENTER_INIT: __init__ that raises part-way, constructs instances recursively, and is a generator-free closure
class Node:
    def __init__(self, depth):
        self.depth = depth
        self.child = Node(depth - 1) if depth > 0 else None

def build(d):
    return Node(d)

def height(n):
    h = 0
    while n is not None:
        h += 1
        n = n.child
    return h

t = 0
for i in range(300):
    t += height(build(i % 6))
print("warm", t)

class Picky:
    def __init__(self, v):
        if v % 4 == 0:
            raise ValueError("bad %d" % v)
        self.v = v
def mk(v):
    return Picky(v)
ok = 0
errs = set()
for i in range(300):
    try:
        ok += mk(i).v
    except ValueError as e:
        errs.add(str(e)[:4])
print("raising init", ok, sorted(errs))

def factory(scale):
    class P:
        def __init__(self, v):
            self.v = v * scale
    return P
classes = [factory(k) for k in range(1, 4)]
def mk2(cls, v):
    return cls(v)
print("per-class", sum(mk2(classes[i % 3], i).v for i in range(300)))
Node.__init__ = lambda self, depth: setattr(self, "child", None)
print("init replaced", sum(height(build(5)) for i in range(100)))
