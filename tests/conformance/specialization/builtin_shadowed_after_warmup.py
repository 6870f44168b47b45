def measure(x):
    return len(x)
s = 0
for i in range(2000):
    s += measure('abc')
print(s)
def len(x):
    return 100
print(measure('abc'))
s = 0
for i in range(2000):
    s += measure([])
print(s)
del len
print(measure('abcd'))
