class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs:
    pass

try:
    NoArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class TwoArgs:
    def __init__(self, a, b):
        self.s = a + b

try:
    TwoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    TwoArgs(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(TwoArgs(b=2, a=5).s)
