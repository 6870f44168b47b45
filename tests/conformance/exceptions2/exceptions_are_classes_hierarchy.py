for cls in [ZeroDivisionError, KeyError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, StopAsyncIteration, TimeoutError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
