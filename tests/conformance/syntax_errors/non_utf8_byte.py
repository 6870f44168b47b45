print('never printed')
name = 'café'
