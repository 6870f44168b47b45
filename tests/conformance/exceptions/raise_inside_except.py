try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('converted')
except ValueError as e:
    print(type(e).__name__, e)
def f():
    try:
        raise TypeError('first')
    except TypeError as e:
        raise RuntimeError('second: ' + str(e))
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
