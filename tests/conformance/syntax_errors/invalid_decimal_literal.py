print('never printed')
x = 3rd
