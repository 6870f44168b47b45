try:
    print(undefined_variable_abc)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return another_missing_name_xyz + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
