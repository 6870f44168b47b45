for e in [ValueError('x'), ValueError('x', 'y'), ValueError(), KeyError('a'), IndexError(3), ZeroDivisionError('custom')]:
    print(type(e).__name__, '[' + str(e) + ']', repr(e))
