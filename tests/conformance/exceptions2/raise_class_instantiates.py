class WithInit(Exception):
    def __init__(self):
        super().__init__("auto-instantiated")

try:
    raise WithInit
except WithInit as e:
    print(type(e).__name__, e, e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
