print('never printed')
try:
    x = 1
x = 2
