class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70))
try:
    hash(H("s"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(H(1.5))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(H(True)))
