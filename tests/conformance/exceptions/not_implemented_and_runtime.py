def abstract():
    raise NotImplementedError('subclass must implement')
try:
    abstract()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
try:
    raise RuntimeError('generic runtime')
except RuntimeError as e:
    print(type(e).__name__, e)
