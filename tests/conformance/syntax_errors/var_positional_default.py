print('never printed')
def f(*args=()):
    return args
