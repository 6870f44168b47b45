print(2 ** -1)
print(2 ** -2, 10 ** -3)
print((-2) ** -1, (-2) ** -2)
print(type(2 ** -1))
print(1 ** -5, (-1) ** -3)
x = 4
print(x ** -0.5)
