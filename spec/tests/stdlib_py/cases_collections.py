T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)), 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([7, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(100); print(d)
d.reverse(); print(d, d.count('a'), d.index(2), d.index(2, 1) if 2 in list(d)[1:] else None)
d.remove('a'); print(d); d.insert(1, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); d.insert(-100, 'W'); print(d)
d[1] = 'set'; del d[0]; print(d, d.copy(), d == d.copy(), d != deque(), d.maxlen)
d.clear(); print(d, len(d))
t(lambda: deque().pop()); t(lambda: deque().popleft()); t(lambda: deque([1]).remove(9)); t(lambda: deque([1]).index(9)); t(lambda: deque([1])[5]); t(lambda: deque([1])[1:2]); t(lambda: deque([1])['a'])
t(lambda: deque(maxlen=-1)); t(lambda: deque(maxlen='a')); t(lambda: deque(maxlen=1.5)); t(lambda: deque([], 1, 2)); t(lambda: deque(1)); t(lambda: deque(a=1))
t(lambda: deque([1], maxlen=1).insert(0, 2)); t(lambda: deque([1]) + [1]); t(lambda: hash(deque()))
t(lambda: deque([1, 2]) * 2); t(lambda: 2 * deque([1])); t(lambda: deque([1], maxlen=2) + deque([2, 3, 4])); t(lambda: deque('ab') * 0)
t(lambda: deque([1, 2]) == [1, 2]); t(lambda: deque([1, 2]) < deque([1, 3])); t(lambda: deque([2]) >= deque([1, 5]))
t(lambda: deque([1, 2, 3]).__delitem__(5)); t(lambda: deque([1]).__setitem__(5, 1))
t(lambda: deque('abc').index('c', -1)); t(lambda: deque('abc').index('c', -10, 100)); t(lambda: deque('abc').index('a', 1))
t(lambda: deque([1, 2, 3], 2)); t(lambda: deque(iterable=[1], maxlen=5))
''', T + r'''
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d)
d.extend([10, 11]); print(d)
d.extendleft([20]); print(d)
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z, len(z))
x = deque([1]); x.append(x); print(x)
class D(deque):
    pass
dd = D([1, 2], maxlen=4)
print(dd, type(dd.copy()).__name__, dd.copy(), repr(D()))
def mut():
    e = deque([1, 2])
    for i in e:
        e.append(1)
t(mut)
q = deque(range(10))
total = 0
while q:
    v = q.popleft()
    total += v
    if v % 3 == 0 and v < 20:
        q.append(v + 10)
print(total)
big = deque()
for i in range(1000):
    big.appendleft(i)
    if i % 3 == 0:
        big.pop()
print(len(big), big[0], big[-1], big[500], sum(big))
e = deque([1, 2, 3]); e += [4]; e *= 2; print(e)
e.extend(e); print(e)
print(deque('abc', 2), deque(reversed('abc')))
import copy
print(copy.copy(deque([1, [2]], 5)), copy.deepcopy(deque([[1]])))
''', T + r'''
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['b'].extend([2, 3]); d['a'].append(4)
print(d, dict(d), d['zz'], len(d), d.default_factory)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: 5, a=1)['b'] if False else 'skip')
t(lambda: defaultdict(1)); t(lambda: defaultdict(None)['x'])
n = defaultdict(lambda: defaultdict(int))
n['x']['y'] += 2
print(dict(n['x']), 'x' in n, 'q' in n, n.get('q'))
cp = c.copy(); print(type(cp).__name__, cp == c, cp.default_factory)
print(defaultdict(int, {'a': 1}) | {'b': 2}, {'z': 0} | defaultdict(int, {'a': 1}))
class DD(defaultdict):
    pass
print(DD(list))
s = defaultdict(set); s[1].add(2); print(s)
print(isinstance(d, dict), d.get('nothere'), 'nothere' in d)
''', T + r'''
from collections import OrderedDict
o = OrderedDict(a=1, b=2)
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(o.keys(), o.values(), o.items())
o.move_to_end('a'); print(o); o.move_to_end('a', last=False); print(o); o.move_to_end('b', False); print(o)
print(o.popitem(), o.popitem(last=False), o)
t(lambda: OrderedDict().popitem()); t(lambda: o.move_to_end('zz'))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(), OrderedDict.fromkeys('ab'), OrderedDict.fromkeys('ab', 0))
print(OrderedDict(a=1) | {'c': 3}, list(reversed(OrderedDict(a=1, b=2))))
od = OrderedDict(); od['k'] = 1; od['j'] = 2; od['k'] = 3; print(od)
del od['k']; od['k'] = 4; print(od, od.pop('j'), od.pop('zz', None), od.setdefault('m', 9), od)
t(lambda: od.pop('zz'))
print(od.copy(), type(od.copy()).__name__, 'k' in od.keys(), len(od.items()))
''', T + r'''
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
print(Counter(), Counter({'x': 3, 'y': -1}), Counter(a=2, b=5), Counter(['x', 'y', 'x']))
c.update('aaz'); print(c)
c.update({'z': 5}); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'q': 2}); print(c)
print(Counter('abc') + Counter('b'), Counter(a=1) - Counter(a=3), Counter('abc') & Counter('bcd'), Counter('abc') | Counter('bcdd'))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) <= Counter(a=2))
t(lambda: Counter.fromkeys('a')); t(lambda: Counter(a=1) + {'a': 1})
x = Counter(a=1); x['b'] -= 1; print(x)
del x['zz']; del x['a']; print(x)
y = Counter(a=3, b=1); y += Counter(b=2, c=-1); print(y); y -= Counter(a=5); print(y)
y |= Counter(d=4); print(y); y &= Counter(b=1, d=10); print(y)
print(Counter(a=1.5), Counter(a='x', b='y'), Counter({'a': {1}, 'b': {2}}))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
print(Counter('aab').copy(), type(Counter('a').copy()).__name__, dict(Counter('ab')), list(Counter('cba')))
''', T + r'''
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p[1], p + (3,), p == (1, 2), len(p), list(p), P._fields, P(x=5, y=6), P(3, y=4), hash(p) == hash((1, 2)))
print(p._replace(x=9), p._asdict(), P._make([7, 8]), p.__getnewargs__(), P._field_defaults, P.__doc__, P.x.__doc__)
x, y = p; print(x, y, isinstance(p, tuple), type(p).__name__, P.__name__, P.__qualname__)
t(lambda: P(1)); t(lambda: P(1, 2, 3)); t(lambda: P(1, 2, z=3)); t(lambda: P(1, x=2)); t(lambda: P()); t(lambda: P._make([1])); t(lambda: p._replace(z=1))
def s(): p.x = 3
t(s)
def d(): del p.x
t(d)
t(lambda: p.z)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[3])
print(Q(1, 2), Q(1, 2, 4), Q._field_defaults, Q(a=1, b=2))
t(lambda: Q(1)); t(lambda: Q(1, 2, 3, 4)); t(lambda: Q())
t(lambda: namedtuple('1a', 'x')); t(lambda: namedtuple('A', 'def')); t(lambda: namedtuple('A', '_x')); t(lambda: namedtuple('A', 'x x')); t(lambda: namedtuple('A', 'x', defaults=[1, 2])); t(lambda: namedtuple('A', [1]))
print(namedtuple('A', 'x def _y x', rename=True)._fields, namedtuple('B', 'a, b,c')._fields, namedtuple('E', '')())
R = namedtuple('R', 'one')
print(R(1), R.__doc__, repr(R), P.__mro__)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(1, 2))
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), max(P(1, 2), P(1, 3)), {P(1, 2): 'a'}[(1, 2)])
print(P.__module__, repr(P.x), P.__match_args__)
''', T + r'''
from collections import ChainMap
a = {'x': 1, 'y': 2}; b = {'y': 3, 'z': 4}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], cm['z'], len(cm), list(cm), sorted(cm.items()), 'z' in cm, cm.get('q'), cm.get('z'), bool(cm), bool(ChainMap({})))
cm['w'] = 0; print(a)
del cm['w']; print(a)
t(lambda: cm['nope']); t(lambda: cm.__delitem__('z')); t(lambda: ChainMap({}).popitem()); t(lambda: cm.pop('z'))
child = cm.new_child({'x': 100}); print(child, child['x'], child.parents, child.maps[0])
print(ChainMap(), cm.keys(), list(cm.values()), dict(cm))
print(cm.copy(), cm == {'x': 1, 'y': 2, 'z': 4}, cm | {'q': 1}, ChainMap.fromkeys('ab', 1))
cm.clear(); print(cm)
''', T + r'''
from collections import UserDict, UserList, UserString
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
m = MyDict(a=1)
m['b'] = 2
print(m, m.data, len(m), 'a' in m, m.get('c', 0), sorted(m.keys()), list(m.items()))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], len(ul), ul + [9], ul == [0, 1, 2, 3], 2 in ul)
us = UserString('hello'); print(us, us.upper(), len(us), us + '!', us[1:3], 'ell' in us, us == 'hello')
''']
