items = [3, 'x', None, [], [0], 0.5]
for it in items:
    if isinstance(it, int) and it > 2:
        print('int>2', it)
    elif isinstance(it, str) or it is None:
        print('str or None', repr(it))
    elif not it:
        print('empty', it)
    else:
        print('other', it)
