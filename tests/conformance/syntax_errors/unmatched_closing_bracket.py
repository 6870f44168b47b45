print('never printed')
values = [1, 2, 3]]
