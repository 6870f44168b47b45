def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = x + 'c'
            return x
        r = c()
        return r + '|' + x
    r = b()
    return r, x
print(a())
def counter_pair():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def get():
        return total
    return add, get
add, get = counter_pair()
add(5)
add(7)
print(get())
