def outer():
    vals = [(last := v) for v in range(3)]
    return vals, last
print(outer())

def nested():
    def inner():
        [(q := i) for i in range(2)]
        return q
    return inner()
print(nested())
total = 0
def counter():
    global total
    [(total := total + v) for v in range(4)]
counter()
print(total)
