def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    inner()
except ValueError as e:
    print("outer got", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def handler_then_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    handler_then_other()
except KeyError as e:
    print("re-raised", repr(e))
