def get(c, k):
    return c[k]
lst = list(range(100))
acc = 0
for i in range(2000):
    acc += get(lst, i % 100)
print(acc)
print(get({'a': 1}, 'a'), get('hello', 1), get((5, 6), -1), get(range(10, 20), 3), get(lst, -1))
print(get(lst, True), get(lst, False), get(lst, -100))
try:
    get(lst, 100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    get({}, 'missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    get(lst, 2 ** 100)
except IndexError as e:
    print(type(e).__name__, e)
