class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": "yes"}

    def __new__(mcls, name, bases, ns):
        ns["members"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)

class Form(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3

print(Form.injected, Form.members)

class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)

class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()

class Thing(metaclass=LogMeta):
    a = 1
    def b(self):
        pass
    a = 3
print(Thing.a)
