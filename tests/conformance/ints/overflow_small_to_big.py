x = 1
for i in range(70):
    x = x * 2
print(x)
y = 1
for i in range(30):
    y *= 1000
print(y)
z = 2 ** 62
print(z + z, z + z + z + z)
w = 3037000500
print(w * w)
print(-w * w)
print(4611686018427387904 * 2)
print(-4611686018427387904 * 2)
print(-4611686018427387904 * 2 - 1)
