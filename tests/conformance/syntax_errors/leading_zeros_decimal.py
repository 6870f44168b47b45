print('never printed')
mode = 0755
