factor = 2
def scale(x):
    return x * factor
total = 0
for i in range(3000):
    if i == 1500:
        factor = 10
    total += scale(1)
print(total)
factor = 'ab'
print(scale(3))
del factor
try:
    scale(1)
except NameError as e:
    print(type(e).__name__, e)
factor = 0.5
print(scale(3))
