class Stop(BaseException):
    pass

try:
    try:
        raise Stop("halt")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught as BaseException", type(e).__name__, e)
print(issubclass(Stop, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
