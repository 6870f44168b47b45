print('never printed')
del len([])
