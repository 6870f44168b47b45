class EnumMeta2(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        cls._by_value = {v: k for k, v in members.items()}
        return cls

    def __iter__(cls):
        return iter(cls._members.items())

    def name_of(cls, value):
        return cls._by_value.get(value, "?")

class Status(metaclass=EnumMeta2):
    OK = 0
    WARN = 1
    FAIL = 2

print(list(Status), Status.name_of(1), Status.name_of(7))
