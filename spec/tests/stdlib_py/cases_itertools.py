T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
import itertools as it
c = it.count(3)
print(repr(c), next(c), next(c), repr(c))
print(repr(it.count()), repr(it.count(1.5, 0.5)), repr(it.count(5, -1)), repr(it.count(0, 1.0)), repr(it.count(0, True)))
c = it.count(1.5, 0.25)
print([next(c) for _ in range(5)], repr(c))
print(list(it.islice(it.count(10, 3), 5)))
t(lambda: it.count('a')); t(lambda: it.count(1, 'x')); t(lambda: it.count(start=2, step=3))
c = it.count(True); print(next(c), next(c))
print(type(it.count()).__name__, repr(it.count(2**70)))
''', T + r'''
import itertools as it
r = it.repeat('a', 3)
print(repr(r), list(r), repr(r))
print(repr(it.repeat(10)), repr(it.repeat(1, -1)), list(it.repeat(1, 0)), repr(it.repeat(None, times=2)))
print(list(it.islice(it.repeat([1]), 3)))
t(lambda: it.repeat(1, 1.5))
print(list(map(pow, range(5), it.repeat(2))))
''', T + r'''
import itertools as it
print(list(it.islice(it.cycle('ABC'), 8)))
print(list(it.islice(it.cycle([]), 3)))
t(lambda: it.cycle()); t(lambda: it.cycle(1)); t(lambda: it.cycle([1], [2]))
g = (x for x in [1, 2])
c = it.cycle(g)
print([next(c) for _ in range(5)])
''', T + r'''
import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=100)))
print(list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
t(lambda: list(it.accumulate([1, 'a'])))
t(lambda: it.accumulate(5))
''', T + r'''
import itertools as it
print(list(it.chain('ABC', 'DEF')), list(it.chain()), list(it.chain([], [1], [])))
print(list(it.chain.from_iterable(['ABC', 'DEF'])))
print(list(it.chain.from_iterable([[1], [2, 3], []])))
c = it.chain(1, [2])
t(lambda: next(c))
t(lambda: it.chain(a=1))
print(type(it.chain()).__name__, type(it.chain.from_iterable([])).__name__)
c = it.chain([1, 2], [3])
print(next(c), list(c), list(c))
''', T + r'''
import itertools as it
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.compress('ABC', [1, 1, 1, 1, 1])))
print(list(it.compress(data=[1, 2, 3], selectors=[0, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, '', 'a', None, [], [1]])))
t(lambda: it.dropwhile(lambda x: x)); t(lambda: it.takewhile(len, [1], 2)); t(lambda: it.filterfalse(None))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))
''', T + r'''
import itertools as it
print([k for k, g in it.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
g = it.groupby('aaabbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(it.groupby([])))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
for key, grp in it.groupby(data, key=lambda s: s[0]):
    print(key, list(grp))
''', T + r'''
import itertools as it
s = range(20)
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice(s, 1, 15, 3)), list(it.islice(s, None)), list(it.islice(s, 5, 2)), list(it.islice(s, None, None, 7)))
t(lambda: it.islice(s, -1)); t(lambda: it.islice(s, 1, -1)); t(lambda: it.islice(s, -1, 5)); t(lambda: it.islice(s, 0, 5, 0)); t(lambda: it.islice(s, 0, 5, -1))
t(lambda: it.islice(s, 'a')); t(lambda: it.islice(s, 1.0)); t(lambda: it.islice(s)); t(lambda: it.islice(s, 1, 2, 3, 4)); t(lambda: it.islice(5, 2)); t(lambda: it.islice(s, stop=3))
t(lambda: it.islice(s, 1, -5)); t(lambda: it.islice(s, 'x', 3)); t(lambda: it.islice(s, 1, 5, 'a')); t(lambda: it.islice(s, 2**70))
src = iter(range(10))
print(list(it.islice(src, 0, 6, 2)), list(src))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
''', T + r'''
import itertools as it
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda *a: sum(a), [[1, 2], (3,), 'x' and [4, 5, 6]])))
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
print(it.tee([1]) .__class__.__name__, len(it.tee('abc', 3)), it.tee('x', 0))
t(lambda: it.tee([1], -1)); t(lambda: it.tee([1], 1.5))
a, b = it.tee(range(3))
c, d = it.tee(a)
print(c is a, list(c), list(d), list(b))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z))
''', T + r'''
import itertools as it
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(it.zip_longest('AB', [1, 2, 3], [True])))
print(list(it.zip_longest()), list(it.zip_longest([])), list(it.zip_longest([1], [])))
t(lambda: it.zip_longest([1], foo=2)); t(lambda: it.zip_longest([1], fillvalue=1, foo=2)); t(lambda: it.zip_longest(1))
print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product([])), list(it.product('ab', [])), list(it.product('ab', repeat=0)))
t(lambda: it.product('a', repeat=-1)); t(lambda: it.product('a', foo=1)); t(lambda: it.product(1))
print(list(it.permutations('ABCD', 2)), list(it.permutations(range(3))))
print(list(it.permutations([])), list(it.permutations('ab', 0)), list(it.permutations('ab', 3)))
t(lambda: it.permutations('ab', -1)); t(lambda: it.permutations('ab', 1.0))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
t(lambda: it.combinations('abc', -2)); t(lambda: it.combinations('abc'))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.pairwise('ABCDEFG')), list(it.pairwise([1])), list(it.pairwise([])))
t(lambda: it.pairwise()); t(lambda: it.pairwise(1))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.product(range(4), repeat=4))))
print(sum(1 for _ in it.combinations_with_replacement(range(5), 3)))
''', T + r'''
import itertools as it
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse', 'groupby', 'islice', 'starmap', 'zip_longest', 'product', 'permutations', 'combinations', 'combinations_with_replacement', 'pairwise']:
    print(name, repr(getattr(it, name)))
print(repr(it.chain('a')), repr(it.islice('a', 1)))
print(iter(it.chain()) .__class__ is it.chain)
''']
CASES.append(T + r'''
import itertools as it
for name, args, kw in [('combinations',('ab',),{}), ('combinations',('ab',1,2),{}), ('combinations',('ab',),{'x':1}), ('combinations',(),{'iterable':'ab','r':1}),
 ('permutations',(),{}), ('permutations',('a',1,2),{}), ('combinations_with_replacement',('a',),{}), ('starmap',(pow,),{}), ('starmap',(),{'function':pow, 'iterable':[]}),
 ('compress',('a',),{}), ('accumulate',(),{}), ('accumulate',([1],None,2),{}), ('groupby',(),{}), ('groupby',([],None,1),{}), ('count',(1,2,3),{}), ('repeat',(),{}), ('repeat',(1,2,3),{}), ('product',(),{'repeat':1.5}), ('tee',(),{}), ('tee',([],2,3),{}), ('tee',([],),{'n':2}), ('compress',('a',[1],[1]),{}), ('count',(),{'x':1}), ('groupby',([],),{'key':None, 'x':1}),
 ('permutations',('abc',),{'r':2}), ('accumulate',([1,2],),{'initial':5}), ('accumulate',([1,2],),{'func':None})]:
    print(name, end=' ')
    t(lambda: list(getattr(it,name)(*args, **kw)))
''')
