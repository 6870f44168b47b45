def f():
    try:
        raise ValueError("inner")
    finally:
        print("finally: exception in flight")

try:
    f()
except ValueError as e:
    print(e)

def g():
    try:
        return 1
    finally:
        try:
            raise KeyError("ignored")
        except KeyError:
            pass
print(g())
