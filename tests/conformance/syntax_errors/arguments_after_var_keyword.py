print('never printed')
def f(**kwargs, extra):
    return kwargs
