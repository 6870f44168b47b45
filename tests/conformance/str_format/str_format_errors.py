tests = [lambda: '{}'.format(), lambda: '{1}'.format('a'), lambda: '{x}'.format(), lambda: '{} {0}'.format(1, 2),
         lambda: '{'.format(), lambda: '}'.format(), lambda: '{0[5]}'.format([1]), lambda: '{:d}'.format('s')]
for t in tests:
    try:
        print(t())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
