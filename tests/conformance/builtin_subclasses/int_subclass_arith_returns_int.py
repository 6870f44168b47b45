class MyInt(int):
    def describe(self):
        return f"MyInt({int(self)})"

a = MyInt(5)
print(a, repr(a), a.describe(), type(a).__name__)
r = a + 1
print(r, type(r).__name__)
print(type(a * a).__name__, type(-a).__name__, type(abs(a)).__name__, type(a // 2).__name__)
print(a == 5, hash(a) == hash(5), {a: "x"}[5])
print(isinstance(a, int), int(a) is not a, type(int(a)).__name__)
