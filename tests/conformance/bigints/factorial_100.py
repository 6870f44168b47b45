def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
print(len(str(f)))
s = str(f)
print(len(s) - len(s.rstrip('0')))
print(fact(25) // fact(23))
print(fact(30) % (10 ** 9 + 7))
