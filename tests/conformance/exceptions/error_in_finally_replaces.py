def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('replacement')
try:
    f()
except ValueError:
    print('got ValueError (no)')
except TypeError as e:
    print('got', type(e).__name__, e)
