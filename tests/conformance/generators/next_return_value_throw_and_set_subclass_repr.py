def g():
    yield 0
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("stop", e, e.value, e.args)
def h():
    yield ''
fresh = h()
for bad in (0, "x", None):
    try:
        fresh.throw(bad)
    except Exception as e:
        print(type(e).__name__, e)
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), repr(S([2])), F(), F([3]), str(S([1])))
try:
    import _definitely_missing_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e.msg if hasattr(e, 'msg') else '', e)
try:
    from _no_such_module_here import x
except ImportError as e:
    print(e.name, e)
