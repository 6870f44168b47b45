print('never printed')
try:
    x = int('z')
except ValueError as e
    x = 0
