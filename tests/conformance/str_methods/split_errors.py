try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
