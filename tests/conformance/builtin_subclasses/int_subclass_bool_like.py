class Flag(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
    def __repr__(self):
        return f"<{self.name}={int(self)}>"
    def __str__(self):
        return self.name

READ = Flag(4, "READ")
WRITE = Flag(2, "WRITE")
print(READ, repr(WRITE), READ | WRITE, READ + 0, f"{READ}", f"{READ:d}", f"{READ!r}")
print(sorted([READ, WRITE]), max(READ, WRITE).name)
print("%d %s" % (READ, READ))
print(READ.__dict__)
