print('never printed')
s = 'caf\xe'
