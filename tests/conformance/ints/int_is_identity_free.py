# values, not identities: equality of results computed different ways
a = 10 ** 20
b = 10 ** 10 * 10 ** 10
print(a == b, a != b)
c = 256
d = 255 + 1
print(c == d)
print(-5 == -10 // 2)
print(2 ** 100 == 1 << 100)
print(int('1' + '0' * 20) == a)
