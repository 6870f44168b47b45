_ = 'placeholder'
for _ in range(3):
    pass
print(_)
x = 1
x = x + 1
x = [x, x]
x = x + x
print(x)
value = 'v'
value, other = value * 2, value
print(value, other)
