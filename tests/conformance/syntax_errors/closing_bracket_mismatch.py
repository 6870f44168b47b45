print('never printed')
pair = (1, 2]
