print('never printed')
if 1 > 2:
    pass
else:
print('no')
