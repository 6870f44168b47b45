# NaN is never equal to itself, so containment, count, index and dict
# lookup find a NaN only through identity: the same object, not an equal one.
import math

x = float('nan')
print(x in [x], x in (x,), [x].count(x), [1, x].index(x))
print(float('nan') in [x], float('nan') in [float('nan')])
d = {x: 'found'}
print(d.get(x), d.get(float('nan')), x in d, float('nan') in d)
s = {x}
print(x in s, float('nan') in s, len({x, x}), len({float('nan'), float('nan')}))
y = x
print(y is x, y in [x])
z = x * 1.0
print(z in [x], -x in [x], abs(x) in [x], +x in [x], x + 0 in [x])
print(math.nan in [math.nan], math.nan is math.nan)
inf = float('inf')
w = inf - inf
print(w in [w], (inf - inf) in [w])
vals = [float('nan') / 2 for _ in range(3)]
print([v in vals for v in vals], sum(1 for v in vals if v in [vals[0]]))
print(float('nan') in [x / 2.0 for _ in range(2)])
acc = [x]
for i in range(30):
    acc.append(acc[-1] + 1.5)
    print(acc[-1] in acc[:-1], end=' ')
print()
print(x == x, x != x, [x] == [x], (x,) == (x,), [x] == [float('nan')])
print(max([x, 1.0]) is x, min(x, 2.0) in [x])
print(math.fabs(x) in [x], math.copysign(x, 1.0) in [x])
