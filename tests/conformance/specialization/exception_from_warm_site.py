def div(a, b):
    return a // b
s = 0
for i in range(1, 3000):
    s += div(i, 7)
print(s)
errors = 0
for i in range(-5, 5):
    try:
        s += div(100, i)
    except ZeroDivisionError as e:
        errors += 1
        print('error at', i, e)
print(s, errors)
print(div(7.5, 2), div(-7, 2), div(2 ** 80, -3))
