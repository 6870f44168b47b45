def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(4)]
print([f(10) for f in adders])
def make_mul(n):
    return lambda x: x * n
m3 = make_mul(3)
m5 = make_mul(5)
print(m3(2), m5(2), make_mul('ab')(2))
