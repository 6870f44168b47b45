x = "global"

class C:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]

print(C.y, C().method(), C.z)

def outer():
    v = "enclosing"
    class D:
        try:
            w = v
        except NameError as e:
            w = "NameError: " + str(e)
        v = "class-v"
        u = "unassigned" if False else len(v)
        def get(self):
            return v
    return D

D = outer()
print(D.w, D.v, D.u, D().get())

v = "now global"
D2 = outer()
print(D2.w)
