def attempt(x):
    log = []
    try:
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append(f"else {r}")
    finally:
        log.append("finally")
    return log

print(attempt(2), attempt(0))
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("else raised", e)
