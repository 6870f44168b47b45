g = 'module'
def outer():
    g = 'outer local'
    def inner():
        global g
        g = 'changed by inner'
    inner()
    return g
print(outer(), g)
