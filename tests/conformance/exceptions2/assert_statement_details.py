try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
x = 5
assert x == 5, "not raised"
print("assert passed")
