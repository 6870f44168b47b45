log = []
def deep(n):
    log.append(n)
    return deep(n + 1)
try:
    deep(0)
except RecursionError:
    print('caught RecursionError')
print(log[0], log[1], len(log) > 100)
log = []
try:
    deep(0)
except RecursionError:
    print('caught RecursionError again')
total = 0
for i in range(10):
    total += i
print('state ok', total)
