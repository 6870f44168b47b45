class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[ns.get("key", name.lower())] = cls
        return cls

class Handler(metaclass=RegistryMeta):
    def handle(self):
        return "base"

class JsonHandler(Handler):
    key = "json"
    def handle(self):
        return "json!"

class XmlHandler(Handler):
    def handle(self):
        return "xml!"

for k in sorted(RegistryMeta.registry):
    print(k, RegistryMeta.registry[k].__name__, RegistryMeta.registry[k]().handle())
