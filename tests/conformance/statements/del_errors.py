try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
try:
    del [1][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del {}["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
