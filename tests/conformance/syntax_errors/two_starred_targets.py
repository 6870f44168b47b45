print('never printed')
*a, *b = [1, 2, 3]
