class Rint(int):
    def __radd__(self, other):
        return 'Rint.__radd__'
print(0.0 + Rint(), 1 + Rint(), 1.5 * Rint(2))
class Inspect:
    def __enter__(self):
        pass
try:
    with Inspect():
        pass
except Exception as e:
    print(type(e).__name__, e)
class Inspect2:
    def __exit__(self, *a):
        pass
try:
    with Inspect2():
        pass
except Exception as e:
    print(type(e).__name__, e)
