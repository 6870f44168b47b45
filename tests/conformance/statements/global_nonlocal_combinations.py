g = "global g"

def a():
    g = "a's g"
    def b():
        nonlocal g
        g = "b changed a's g"
        def c():
            global g
            g = "c changed global g"
        c()
        return g
    return b(), g

print(a(), g)

def counter():
    global count
    count = 0
    def inc():
        global count
        count += 1
    for _ in range(3):
        inc()
    return count
print(counter(), count)
