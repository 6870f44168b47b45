counter = 0
def bump():
    counter += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    print(y)
    y = 5
try:
    g()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
