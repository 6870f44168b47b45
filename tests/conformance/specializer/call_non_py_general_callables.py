# CALL_NON_PY_GENERAL: instances with __call__, functools.partial, classes with metaclass, then __call__ replaced/removed
import functools

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return self.n + x

def call(fn, x):
    return fn(x)

a = Adder(5)
s = 0
for i in range(300):
    s += call(a, i)
print("warm", s)

Adder.__call__ = lambda self, x: self.n * x
s = 0
for i in range(100):
    s += call(a, i)
print("call replaced", s)

del Adder.__call__
errs = set()
for i in range(80):
    try:
        call(a, i)
    except TypeError as e:
        errs.add(str(e))
print("call removed", sorted(errs))
a.__call__ = lambda x: "instance"
try:
    call(a, 1)
except TypeError as e:
    print("instance attr ignored", e)

p = functools.partial(pow, 2)
s = 0
for i in range(100):
    s += call(p, i % 10)
print("partial", s)
class Meta(type):
    def __call__(cls, x):
        return ("meta", x)
class K(metaclass=Meta):
    pass
print("metaclass call", set(call(K, 1) for i in range(80)))
Meta.__call__ = lambda cls, x: "meta2"
print("metaclass call replaced", set(call(K, 1) for i in range(80)))
print("mix", [call(f, 3) for f in (str, abs, Adder.__init__.__class__ is type(call) and float, hex)])
