def g():
    try:
        yield 1
    finally:
        print("finally A")

def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return "ignored"

a = g(); next(a); print(a.close())
b = h(); next(b); print(b.close())
c = g(); print(c.close())
