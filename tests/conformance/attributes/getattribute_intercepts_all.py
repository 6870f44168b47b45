class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.a + 1

obj = Logged()
print(obj.a)
print(obj.method())
try:
    obj.zzz
except AttributeError as e:
    print(type(e).__name__, e)
