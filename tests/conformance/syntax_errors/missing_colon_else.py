print('never printed')
if len('ab') > 1:
    x = 1
else
    x = 2
