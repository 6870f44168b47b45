class BadBool:
    def __bool__(self):
        return 1

class NegLen:
    def __len__(self):
        return -1

class FloatLen:
    def __len__(self):
        return 2.0

class BigLen:
    def __len__(self):
        return 2 ** 70

for obj in (BadBool(), NegLen(), FloatLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
