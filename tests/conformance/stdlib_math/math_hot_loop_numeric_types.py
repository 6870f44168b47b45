import math
acc = 0.0
for i in range(1, 300):
    x = i if i % 3 else float(i)
    acc += math.sqrt(x) + math.log(x)
print(round(acc, 6))
vals = [math.floor(i / 7) for i in range(50)] + [math.ceil(-i / 7) for i in range(50)]
print(sum(vals), min(vals), max(vals))
print(math.gcd(*range(12, 100, 12)), math.lcm(*range(1, 11)))
