T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
import random
seeds = [0, 1, 2, 42, 12345, -1, -42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**64, 10**30, -(10**40), 2**100 + 12345, 3**200, True, False]
for s in seeds:
    random.seed(s)
    print(s if not isinstance(s, int) or abs(s) < 10**12 else hash(s) % 1000, [random.random() for _ in range(3)], random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
''', T + r'''
import random
for s in [1.5, -2.25, 0.0, 1e300, float('inf'), float('-inf'), 3.0, 'hello', '', 'Ünïcödé ✓ 𝄞', 'a' * 200, b'bytes', bytearray(b'ba')]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000000))
for s in ['x', 'hello', b'xy']:
    random.seed(s, version=1)
    print(repr(s), random.random())
t(lambda: random.seed([1])); t(lambda: random.seed((1,))); t(lambda: random.seed({}))
''', T + r'''
import random
random.seed(2024)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)], [random.randrange(100, 0, -7) for _ in range(10)], [random.randrange(-10, 10) for _ in range(10)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-(2**70), 2**70) for _ in range(3)], random.randrange(2**200), random.randrange(10**50, 10**51, 10**40))
t(lambda: random.randrange(0)); t(lambda: random.randrange(-5)); t(lambda: random.randrange(5, 5)); t(lambda: random.randrange(5, 1)); t(lambda: random.randrange(1, 10, 0)); t(lambda: random.randrange(1, 10, -1))
t(lambda: random.randrange(1.5)); t(lambda: random.randrange(1, 2.5)); t(lambda: random.randrange(1, 10, 1.5)); t(lambda: random.randrange(3.0)); t(lambda: random.randrange(1, 10, None)); t(lambda: random.randrange('a'))
t(lambda: random.randint(3, 1)); t(lambda: random.randint(1.5, 3)); t(lambda: random.getrandbits(-1)); t(lambda: random.getrandbits(1.5))
t(lambda: random.randrange(10, step=2))
''', T + r'''
import random
random.seed(7)
seq = list(range(20))
print([random.choice(seq) for _ in range(10)], random.choice('abcdef'), random.choice((1, 2, 3)), random.choice(range(1000)))
t(lambda: random.choice([])); t(lambda: random.choice(''))
x = list(range(15)); random.shuffle(x); print(x)
y = list('abcdefgh'); random.shuffle(y); print(y)
z = []; random.shuffle(z); w = [1]; random.shuffle(w); print(z, w)
print(random.sample(range(100), 10), random.sample('abcdefg', 3), random.sample([1, 2, 3], 3), random.sample(range(10**6), 5), random.sample(range(30), 20))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(5), 0))
t(lambda: random.sample(range(5), 6)); t(lambda: random.sample(range(5), -1)); t(lambda: random.sample({1, 2}, 1)); t(lambda: random.sample({'a': 1}, 1))
t(lambda: random.sample([1], 1, counts=[1, 2])); t(lambda: random.sample([1], 1, counts=[0])); t(lambda: random.sample([1], 1, counts=[1.5]))
print(random.choices('abc', k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=8), random.choices('xyz', cum_weights=[1, 2, 10], k=6), random.choices(range(5)))
t(lambda: random.choices('ab', [1], k=2)); t(lambda: random.choices('ab', 5)); t(lambda: random.choices('ab', [0, 0])); t(lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])); t(lambda: random.choices('ab', [1, float('inf')]))
print([random.uniform(1, 10) for _ in range(3)], [random.uniform(5, -5) for _ in range(2)], random.triangular(), random.triangular(0, 10, 3), random.triangular(2, 2))
''', T + r'''
import random
random.seed(99)
print([random.gauss(0, 1) for _ in range(5)], [random.gauss(10, 2) for _ in range(3)])
print([random.normalvariate(0, 1) for _ in range(4)], random.normalvariate(), random.lognormvariate(0, 0.5))
print([random.expovariate(1.5) for _ in range(3)], random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 2.5, 10.0)], random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5))
t(lambda: random.gammavariate(0, 1))
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2])
random.seed(5); random.gauss(); st2 = random.getstate(); print(st2[2]); random.setstate(st2); print(random.gauss())
r1 = random.Random(123); r2 = random.Random(123)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), random.Random('seed').random(), random.Random().seed(5))
t(lambda: random.setstate((4, (), None))); t(lambda: random.setstate((3, (1, 2), None)))
print(random.randbytes(5) if False else '', random.Random(3).getrandbits(256))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.randrange(10), m.choice('abcde'), m.randint(1, 3))
random.seed(31337)
v = []
for i in range(2000):
    v.append(random.random())
print(sum(v), v[-1], random.getrandbits(64))
''', T + r'''
import random
for s in range(0, 300, 7):
    random.seed(s)
    print(s, random.random(), random.randrange(1, 7), random.choice('abcdefghij'), random.sample(range(50), 4), random.getrandbits(48))
rng = random.Random(1)
for n in [1, 2, 3, 7, 8, 100, 2**31 - 1, 2**31, 2**32, 2**33 + 5, 10**20]:
    print(n, [rng.randrange(n) for _ in range(4)])
''']
