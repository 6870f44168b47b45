print('never printed')
x = 'abc
print(x)
