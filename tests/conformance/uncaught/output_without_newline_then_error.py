print('partial line', end='')
print(' still same line', end='')
x = [1][5]
