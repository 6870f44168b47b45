# LOAD_ATTR_MODULE gh-156399: one site sees an exact module and a module subclass whose data descriptor must win
import sys
import math

ModuleType = type(sys)

class Mod(ModuleType):
    @property
    def pi(self):
        return "descriptor pi"

def read(m):
    return m.pi

t = 0.0
for i in range(300):
    t += read(math)
print("warm", round(t, 5))

m = Mod("fake")
m.__dict__["pi"] = "dict pi"
res = []
for i in range(100):
    res.append(read(m if i % 2 else math))
print("mixed", sorted(set(map(str, res))))
print("subclass only", set(read(m) for i in range(80)))

class Mod2(ModuleType):
    pass
m2 = Mod2("plain")
m2.pi = 3
print("plain subclass", sum(read(m2) for i in range(80)))
Mod2.pi = property(lambda self: "late property")
print("late property", set(read(m2) for i in range(80)))
