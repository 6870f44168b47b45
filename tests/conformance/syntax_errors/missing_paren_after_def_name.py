print('never printed')
def greet:
    return 'hi'
