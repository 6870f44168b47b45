import random
random.seed(31337)
random.random()
state = random.getstate()
first = [random.randint(0, 1000) for _ in range(5)]
random.setstate(state)
second = [random.randint(0, 1000) for _ in range(5)]
print(first, first == second)
r = random.Random(8)
st = r.getstate()
x = r.random()
r.setstate(st)
print(x == r.random(), len(st), st[0])
