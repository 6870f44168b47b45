def f():
    try:
        try:
            raise IndexError('deep')
        finally:
            print('inner finally')
    finally:
        print('outer finally')
try:
    f()
except IndexError as e:
    print('caught', e)
