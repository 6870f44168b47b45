def msg():
    print('message evaluated')
    return 'msg'
assert True, msg()
print('no message evaluated above')
try:
    assert False, msg()
except AssertionError as e:
    print('caught', e)
