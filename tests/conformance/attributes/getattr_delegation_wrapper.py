class Wrapper:
    def __init__(self, inner):
        self._inner = inner
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if callable(attr):
            def wrapped(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return wrapped
        return attr

w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._inner, w.index(3), w.calls)
print(len(w._inner))
try:
    len(w)
except TypeError as e:
    print(type(e).__name__, e)
