print('never printed')
try:
    pass
except ValueError, TypeError:
    pass
