print('never printed')
a, b: int
