print('never printed')
msg = f'value: {}'
