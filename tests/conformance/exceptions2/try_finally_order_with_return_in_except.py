log = []
def f():
    try:
        log.append("try")
        raise ValueError
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally")
print(f(), log)

def g():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            log.append(f"g-finally {i}")
print(g(), log[-2:])
