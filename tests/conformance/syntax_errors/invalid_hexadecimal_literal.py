print('never printed')
mask = 0xFG
