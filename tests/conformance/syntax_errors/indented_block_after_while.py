print('never printed')
while False:

print('after')
