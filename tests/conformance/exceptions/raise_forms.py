tests = []
def r1():
    raise ValueError
def r2():
    raise ValueError('with message')
def r3():
    raise ValueError('a', 2)
def r4():
    raise TypeError()
def r5():
    e = KeyError('stored')
    raise e
for f in [r1, r2, r3, r4, r5]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
