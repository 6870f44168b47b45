try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
