print('never printed')
x = 1
msg = f'{x!z}'
