def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6))
r = 1
for k in range(1, 21):
    r = lcm(r, k)
print(r)
