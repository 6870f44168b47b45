def f():
    return f()
try:
    f()
except RuntimeError as e:
    print('RuntimeError branch', type(e).__name__, isinstance(e, RecursionError))
print(isinstance(RecursionError(), RuntimeError), isinstance(RuntimeError(), RecursionError))
