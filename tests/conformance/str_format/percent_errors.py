tests = [lambda: '%d' % 'a', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%z' % 1,
         lambda: '%c' % 'ab', lambda: '%c' % -1, lambda: '%x' % 1.5, lambda: '%' % (), lambda: '%f' % 'x',
         lambda: '%d' % None, lambda: 'no format' % 5]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
