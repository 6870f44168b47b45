class Res:
    def __init__(self, ok):
        self.ok = ok
    def __bool__(self):
        return self.ok
    def __repr__(self):
        return f"Res({self.ok})"

r1, r2 = Res(True), Res(False)
print(r1 and r2, r1 or r2, r2 or r1, r2 and r1)
print(not r1, [r for r in (r1, r2) if r], any([r2, r2]), all([r1, r1]))
n = 0
while Res(n < 3):
    n += 1
print(n)
