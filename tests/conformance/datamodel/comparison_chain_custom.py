class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v

a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(c < a < b)
class NonBool:
    def __lt__(self, o):
        return "truthy-string"
print(NonBool() < NonBool())
print(bool(NonBool() < NonBool() < NonBool()))
