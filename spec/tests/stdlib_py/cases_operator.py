T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
import operator as o
print(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.neg(5), o.pos(-3), o.abs(-4))
print(o.not_(0), o.truth([]), o.eq(1, 1.0), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(3, 2), o.ge(1, 2))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.invert(5), o.inv(0), o.lshift(1, 10), o.rshift(1024, 3))
print(o.is_(None, None), o.is_not(1, None), o.contains([1, 2], 2), o.getitem('abc', 1), o.concat([1], [2]), o.concat('a', 'b'))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
print(o.index(5), o.index(True), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'), o.length_hint([1, 2]), o.length_hint(iter(range(5))), o.length_hint(5, 7))
t(lambda: o.concat(1, 2)); t(lambda: o.index(1.5)); t(lambda: o.indexOf([1], 5)); t(lambda: o.truediv(1, 0)); t(lambda: o.add(1, 'a'))
x = [1]; print(o.iadd(x, [2]), x, o.iconcat(x, [3]), o.imul([1], 3), o.isub(5, 2), o.ipow(2, 3), o.ior(1, 2), o.iand(3, 1), o.ixor(3, 1), o.ilshift(1, 2), o.irshift(8, 1), o.imod(7, 4), o.ifloordiv(7, 2), o.itruediv(1, 4))
print(o.__add__(1, 2), o.__not__(1), o.call(max, 3, 9))
''', T + r'''
import operator as o
print(repr(o.itemgetter(1)), repr(o.itemgetter(1, 'a')), repr(o.attrgetter('a.b', 'c')), repr(o.methodcaller('f', 1, k=2)), repr(o.methodcaller('g')))
print(o.itemgetter(1)('abc'), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 5}), o.itemgetter(slice(1, None))([1, 2, 3]))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.x = 1
print(o.attrgetter('x')(a), o.attrgetter('b.c')(a), o.attrgetter('x', 'b.c')(a))
print(o.methodcaller('upper')('abc'), o.methodcaller('split', ',')('a,b'), o.methodcaller('replace', 'a', 'b', 1)('aaa'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=o.itemgetter(0)), sorted(['bb', 'a'], key=o.methodcaller('__len__')))
t(lambda: o.itemgetter()); t(lambda: o.attrgetter(1)); t(lambda: o.methodcaller()); t(lambda: o.methodcaller(1)); t(lambda: o.itemgetter(5)([1])); t(lambda: o.attrgetter('zz')(1)); t(lambda: o.itemgetter(1, a=2)); t(lambda: o.attrgetter())
print(list(map(o.itemgetter(1), [[1, 2], [3, 4]])), list(map(o.mul, [1, 2], [3, 4])))
''']
