def total(it):
    t = 0
    for x in it:
        t += 1
    return t
results = []
for i in range(300):
    results.append(total([1, 2, 3]))
print(sum(results))
print(total(range(1000)), total('hello'), total({'a': 1, 'b': 2}), total((1,)), total([]))
print(total(range(10, 0, -3)), total(enumerate('ab')), total(zip('abc', 'de')), total(reversed([1, 2])))
for i in range(300):
    results.append(total(range(i % 5)))
print(sum(results))
