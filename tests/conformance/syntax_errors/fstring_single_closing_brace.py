print('never printed')
msg = f'a }} b } c'
