class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not B(False))
print([x for x in [L(0), L(1)] if x].__len__())
