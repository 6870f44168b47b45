def level(n):
    try:
        try:
            if n == 1:
                raise ValueError('v')
            if n == 2:
                raise KeyError('k')
            if n == 3:
                raise TypeError('t')
            print('no error')
        except ValueError as e:
            print('inner caught', type(e).__name__)
        finally:
            print('inner finally', n)
    except KeyError as e:
        print('outer caught', type(e).__name__, e)
    finally:
        print('outer finally', n)
for n in [0, 1, 2]:
    level(n)
try:
    level(3)
except TypeError as e:
    print('top caught', e)
