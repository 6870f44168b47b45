assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = []
    assert x, 'list was empty: %r' % (x,)
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
