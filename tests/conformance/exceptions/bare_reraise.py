def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print('inner handling, re-raising')
        raise
try:
    inner()
except ZeroDivisionError as e:
    print('outer caught', e)
try:
    try:
        raise KeyError('orig')
    except KeyError:
        raise
except KeyError as e:
    print('caught again', e)
