def outer():
    a = 1
    def inner():
        return a, b
    b = 2
    return inner

f = outer()
print([c.cell_contents for c in f.__closure__], f.__code__.co_freevars)

def empty():
    def inner():
        return z
    cells = inner.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    z = 1
    return cells[0].cell_contents
print(empty())
