def make():
    x = 0
    def a():
        nonlocal x
        x += 1
        return x
    def b():
        nonlocal x
        x *= 10
        return x
    return a, b

a, b = make()
print(a(), b(), a(), b())
print(a.__closure__[0] is b.__closure__[0])
