def count_of(seq, v):
    return seq.count(v)
t = 0
for i in range(2000):
    t += count_of([1, 1, 2], 1)
print(t)
print(count_of('banana', 'a'), count_of([0, 0, 0], 0), count_of('x', ''))
def idx(seq, v):
    return seq.index(v)
for i in range(1000):
    idx([5, 6, 7], 7)
print(idx('hello', 'l'), idx([3, 4], 4))
try:
    idx('hello', 'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    idx([1], 2)
except ValueError as e:
    print(type(e).__name__, e)
