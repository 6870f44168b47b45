print('never printed')
perm = 0o789
