print('never printed')
try:
    x = 1
except ZeroDivisionError:
x = 2
