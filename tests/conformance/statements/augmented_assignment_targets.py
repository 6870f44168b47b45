class O:
    def __init__(self):
        self.v = 1
o = O()
o.v += 5
lst = [1, 2, 3]
lst[1] *= 10
d = {"k": "a"}
d["k"] += "b"
t = (1,)
t += (2,)
s = "x"
s *= 3
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 3
n &= 14
n >>= 1
print(o.v, lst, d, t, s, n)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
tu = ([1],)
try:
    tu[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tu)
