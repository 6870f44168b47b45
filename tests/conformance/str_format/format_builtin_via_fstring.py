vals = [0, 1, -1, 255, 3.5, -0.0, 1e100, 'txt', True, None]
for v in vals:
    print(repr(v), f'[{v}]', f'[{v!r}]', '[%s]' % (v,))
