print('never printed')
len([]) = 0
