T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
import functools
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
t(lambda: reduce(lambda a, b: a, [])); t(lambda: reduce(lambda a, b: a, 5)); t(lambda: reduce(len)); t(lambda: reduce(len, [], 1, 2)); t(lambda: reduce(len, [], initial=1))
print(reduce(lambda acc, s: acc + s.upper(), 'abc', ''))
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5, d=6), p.args, p.keywords, p.func is f)
p2 = partial(p, 2, d=9)
print(p2(), p2.args, p2.keywords, p2.func is f)
t(lambda: partial()); t(lambda: partial(1)); t(lambda: p())
print(repr(partial(f, 1, d=2)).replace(hex(id(f)), 'X').split(' at ')[0])
class P(partial):
    pass
print(type(P(f, 1)).__name__, P(f, 1)(7))
print(partial(max, key=len)(['a', 'bbb', 'cc']))
''', T + r'''
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    sq(x)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__, info._fields)
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(7), sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('id', x))
    return x
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru_cache(maxsize=2)
def kw(a, b=1, **k):
    return (a, b, sorted(k.items()))
print(kw(1), kw(1, b=1), kw(a=1), kw(1, c=2), kw.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
t(lambda: lru_cache('x')); t(lambda: sq([1]))
@lru_cache(maxsize=-5)
def neg(x): return x
print(neg(1), neg(1), neg.cache_info())
print(repr(sq.cache_info()))
''', T + r'''
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) + 1
    return inner
@deco
def g(x):
    """g doc"""
    return x * 2
g.extra = 5
print(g(3), g.__name__, g.__doc__, g.__wrapped__(3), g.__qualname__)
def h(): pass
h.attr = 1
def w(): pass
update_wrapper(w, h)
print(w.__name__, w.attr, w.__wrapped__ is h)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a >= V(1), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        if not isinstance(o, W): return NotImplemented
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W.__lt__.__name__)
t(lambda: W(1) < 3)
def bad():
    @total_ordering
    class X: pass
t(bad)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), k(1).obj)
t(lambda: hash(k(1)))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, c.__dict__)
del c.val
print(c.val, c.n)
print(type(C.val).__name__)
''']
CASES.append(T + r'''
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
@singledispatch
def show(x):
    return 'generic:%r' % (x,)
@show.register(int)
def _(x):
    return 'int:%d' % x
@show.register
def _(x: str):
    return 'str:' + x
@show.register(list)
@show.register(tuple)
def _(x):
    return 'seq of %d' % len(x)
@show.register(Mapping)
def _(x):
    return 'mapping ' + ','.join(sorted(map(str, x)))
class MyInt(int):
    pass
for v in [1, True, MyInt(5), 'hi', [1, 2], (1,), {'a': 1}, 2.5, None, range(3)]:
    print(show(v))
print(show.dispatch(bool).__name__, show.registry[int] is show.dispatch(int), len(show.registry), object in show.registry)
t(lambda: show()); t(lambda: show.register(5)); t(lambda: show.register(lambda x: x))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic:%r' % (arg,)
    @fmt.register
    def _(self, arg: int):
        return 'int:%05d' % arg
    @fmt.register(float)
    def _(self, arg):
        return 'float:%.2f' % arg
f = Fmt()
print(f.fmt(42), f.fmt(3.14159), f.fmt('x'), f.fmt([1]))
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@singledispatch
def speak(a): return '...'
@speak.register
def _(a: Dog): return 'woof'
print([speak(x) for x in [Animal(), Dog(), Puppy(), 3]])
''')
