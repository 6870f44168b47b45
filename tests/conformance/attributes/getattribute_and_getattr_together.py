class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"getattr({name})"

b = Both()
b.x = 5
print(b.special, b.x, b.missing)

class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return "rescued " + name

print(Raises().anything)
