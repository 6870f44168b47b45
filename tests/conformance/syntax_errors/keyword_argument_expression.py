print('never printed')
print(sep.x='')
