print('never printed')
total = 1 + \
