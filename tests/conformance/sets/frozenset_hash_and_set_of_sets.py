fs = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset("ab")]
for f in fs:
    print(f, hash(f))
print({frozenset({1, 2}), frozenset({2, 1})})
power = {frozenset()}
for x in [1, 2, 3]:
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
