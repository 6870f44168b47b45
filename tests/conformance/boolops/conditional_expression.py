x = 5
print('pos' if x > 0 else 'nonpos')
print('a' if 0 else 'b' if 1 else 'c')
print('a' if 0 else 'b' if 0 else 'c')
y = [1, 2] if x else []
print(y)
print((lambda n: 'even' if n % 2 == 0 else 'odd')(7))
print([('big' if i > 2 else 'small') for i in range(5)])
print(1 + (2 if False else 3) * 2)
