a = 3 ** 200
b = 7 ** 50
print(divmod(a, b))
print(divmod(-a, b))
print(divmod(a, -b))
print(divmod(-a, -b))
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
