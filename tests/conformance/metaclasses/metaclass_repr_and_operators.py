class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __or__(cls, other):
        return (cls.__name__, other.__name__)

class Colors(metaclass=Meta):
    items = ["red", "green", "blue"]

class Other(metaclass=Meta):
    items = []

print(repr(Colors), len(Colors), list(Colors), Colors[1])
print(Colors | Other)
print(str(Colors))
