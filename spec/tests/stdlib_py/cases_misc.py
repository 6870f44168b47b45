T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
import io
s = io.StringIO('ab\ncd\r\nef\rgh')
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell(), repr(s.readline()))
s = io.StringIO('ab\ncd\r\nef\rgh', newline=None); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('ab\ncd\r\nef\rgh', newline=''); print(s.readlines())
s = io.StringIO('ab\ncd', newline='\r\n'); print(repr(s.getvalue()))
s = io.StringIO(newline=None); s.write('a\r\nb\rc\n'); print(repr(s.getvalue()))
s = io.StringIO()
t(lambda: s.write(1)); t(lambda: io.StringIO(1)); t(lambda: io.StringIO(newline='x')); t(lambda: s.seek(-1)); t(lambda: s.seek(1, 1)); t(lambda: s.seek(1, 2)); t(lambda: s.seek(0, 3)); t(lambda: s.read('a')); t(lambda: s.truncate(-1))
s = io.StringIO('hello'); s.seek(10); s.write('x'); print(repr(s.getvalue()), s.tell())
s = io.StringIO('hello'); print(s.tell()); s.write('J'); print(s.getvalue(), s.read(2), s.truncate(2), s.getvalue(), s.tell(), repr(s.read()))
s.close()
t(lambda: s.read()); t(lambda: s.getvalue()); t(lambda: s.closed); t(lambda: s.write('a')); t(lambda: s.tell()); t(lambda: next(s))
t(lambda: io.StringIO('x').seek(1.5)); t(lambda: io.StringIO('x').readline(None)); t(lambda: io.StringIO('abc').read(None))
t(lambda: io.StringIO('a\nb').readlines(1)); t(lambda: io.StringIO().writelines(['a', 1]))
s = io.StringIO('a\r\nb', newline='\r\n'); print(s.readlines())
s = io.StringIO(newline='\r'); s.write('a\nb'); print(repr(s.getvalue())); s.seek(0); print(s.readlines())
out = io.StringIO()
print('hello', 'world', file=out)
print(1, 2, sep='-', end='!\n', file=out)
out.write('tail')
print(repr(out.getvalue()), out.tell())
for line in io.StringIO('l1\nl2\n\nl4'):
    print(repr(line))
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
s = io.StringIO('abcdef'); s.seek(2); s.write('XY'); print(s.getvalue(), s.read(), s.seek(0, 2), s.seek(0), s.read(3), s.readline(), s.readline())
s = io.StringIO(); s.write('abc'); s.seek(1); s.truncate(); print(repr(s.getvalue()), s.tell()); s.write('z'); print(s.getvalue())
''', T + r'''
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
t1 = (1, [2]); t2 = copy.deepcopy(t1); print(t2, t2 is t1, t2[1] is t1[1], copy.deepcopy((1, 2)) is not None)
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.y)
p = P([1], 2); q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(5)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)
class C:
    def __init__(self): self.v = 1
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))
rec = [1]; rec.append(rec); d = copy.deepcopy(rec); print(d[1] is d, d[0])
shared = [1]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
print(copy.copy({1, 2}), copy.deepcopy({'a': {1, 2}}), copy.copy(frozenset([1])), copy.deepcopy(frozenset([3])))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = S(); s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.a is s.a)
class L(list):
    pass
l = L([1, [2]]); l.attr = 'x'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])
class DD(dict):
    pass
dd = DD(a=[1]); dd2 = copy.copy(dd); print(type(dd2).__name__, dd2, dd2['a'] is dd['a'])
class GS:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self): return {'x': self.x}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
g = copy.deepcopy(GS()); print(g.x, g.cache)
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque
N = namedtuple('N', 'a b')
print(copy.deepcopy(N([1], 2)), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(deque([1], 3)))
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(None))
t(lambda: copy.deepcopy(x for x in [1]))
class M:
    def method(self): return 1
m = M()
bm = copy.deepcopy(m.method)
print(bm(), bm.__self__ is m)
''', T + r'''
import heapq
h = []
for x in [5, 1, 8, 3, 2, 9, 1, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len), heapq.nsmallest(1, []), heapq.nlargest(10, [1, 2]))
print(heapq.nsmallest(4, iter(range(100, 0, -7))), heapq.nlargest(3, iter([(1, 'a'), (1, 'b'), (0, 'c'), (1, 'd')]), key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])), list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
t(lambda: heapq.heappop([])); t(lambda: heapq.heappush((), 1)); t(lambda: heapq.heapify(())); t(lambda: heapq.heapreplace([], 1)); t(lambda: heapq.heappushpop([], 1)); t(lambda: heapq.heappop(()))
t(lambda: heapq.heappushpop((), 1)); t(lambda: heapq.heapreplace((), 1)); t(lambda: heapq.nsmallest(-1, [1]))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'read')); heapq.heappush(tasks, (3, 'exec')); heapq.heappush(tasks, (1, 'aaa'))
while tasks:
    print(heapq.heappop(tasks), end=' ')
print()
import random
rng = random.Random(5)
for n in [0, 1, 2, 10, 100, 3000]:
    xs = [rng.randint(0, 50) for _ in range(n)]
    ys = list(xs); heapq.heapify(ys)
    print(n, ys[:12], [heapq.heappop(ys) for _ in range(min(5, n))], heapq.nsmallest(5, xs), heapq.nlargest(5, xs), heapq.nlargest(7, xs, key=lambda v: v % 7))
''', T + r'''
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0); print(a)
t(lambda: bisect.bisect_left([1], 1, -1)); t(lambda: bisect.bisect([1, 2], 1, 0, 'a')); t(lambda: bisect.bisect(5, 1)); t(lambda: bisect.bisect([1, 2], 1, hi=-5)); t(lambda: bisect.bisect([1, 2], 1, hi=10)); t(lambda: bisect.insort((1,), 1)); t(lambda: bisect.bisect_left([1, 2], 1, 1.5)); t(lambda: bisect.bisect_right([3, 1], [1]))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
''', T + r'''
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords('hello   world  foo'), string.capwords(' a-b c ', '-'), string.capwords(''), string.capwords('ÉCOLE élève'))
from string import Template
s = Template('$who likes ${what} $$5')
print(s.substitute(who='tim', what='kung pao'), s.substitute({'who': 'a', 'what': 'b'}), s.safe_substitute(who='x'))
t(lambda: s.substitute(who='x')); t(lambda: Template('$1 bad').substitute()); t(lambda: Template('ok $').safe_substitute()); t(lambda: Template('a\nb $ c').substitute())
print(Template('$a$b').get_identifiers(), Template('$a $').is_valid())
''']
CASES.append(T + r'''
from string import Formatter
f = Formatter()
for s in ['a{0}b{name!r:>5}c', 'a{{b', 'a}}b', '{}', '{:{}}', '{0:{1}.{2}}', 'x{', 'x}', '{0!}', '{0!rr}', '{0!r', '{a[1].b}', '{0:x{}y}', '', '{{}}', '}', '{0:}', '{!r}', '{ 0 }', 'ab{0}', '{0}cd', '{0:{1:{2}}}', '{:{:{:{}}}}', '{0[}', '{0.}', '{a.b[c].d}', '{0}{', '{0!s:^9}', 'x{0[1]}y', '{0!}x}', '{{{0}}}']:
    t(lambda: list(f.parse(s)))
print(f.format('{0} {x} {0!r:>6}', 'a', x=3), f.vformat('{}{}', (1, 2), {}))
for s, a in [('{} {0}', (1,)), ('{0} {}', (1,)), ('{:{}}', ('a', 5)), ('{0!x}', (1,)), ('{5}', (1,)), ('{z}', ()), ('{0[1]}', ([5, 6],)), ('{0.real}', (3,)), ('{0:{1}}', (3.14159, '.2f')), ('{0:{1:{2}}}', (1, 2, 3)), ('{a[k]}', ())]:
    t(lambda: f.format(s, *a))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
''')
CASES.append(T + r'''
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout, AbstractContextManager
import io
log = []
@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught %r' % (e,))
    finally:
        log.append('exit ' + name)
with tag('a') as v:
    log.append('body ' + v)
with tag('b'):
    raise KeyError('k')
def bad():
    with tag('c'):
        raise ValueError('boom')
t(bad)
print(log)
@contextmanager
def noyield():
    if False:
        yield
def twice():
    yield 1
    yield 2
t(lambda: noyield().__enter__())
def f():
    with contextmanager(twice)():
        pass
t(f)
@tag('deco')
def decorated(x):
    return x * 2
print(decorated(4), log[-3:])
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
def s2():
    with suppress(KeyError):
        1 / 0
t(s2)
with nullcontext(5) as n:
    print(n)
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2', 'x')
    v = stack.enter_context(tag('es'))
    print('in stack', v)
print(log[-2:])
def es_exc():
    with ExitStack() as stack:
        stack.push(lambda *a: print('exit cb', a[0].__name__) or True)
        raise IndexError('i')
t(es_exc)
buf = io.StringIO()
with redirect_stdout(buf):
    pass
print(repr(buf.getvalue()), isinstance(nullcontext(), AbstractContextManager), isinstance(1, AbstractContextManager))
t(lambda: ExitStack().enter_context(5))
''')
