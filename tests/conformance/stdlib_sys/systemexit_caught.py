import sys
for arg in [(), (0,), (5,), ("msg",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    exit_fn = sys.exit
    exit_fn(7)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(SystemExit(1, 2).code), SystemExit(1, 2).args)
print("still running")
