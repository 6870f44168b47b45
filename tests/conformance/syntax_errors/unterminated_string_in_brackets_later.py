print('never printed')
values = [1, 2,
3]
name = 'unterminated
