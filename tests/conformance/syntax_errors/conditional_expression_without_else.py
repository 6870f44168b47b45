print('never printed')
x = 1 if True
