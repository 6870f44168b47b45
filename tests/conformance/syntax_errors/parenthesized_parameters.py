print('never printed')
def f((a, b)):
    return a
