class Registry:
    items = {}

    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

print(Registry[int], Registry["x"])
print(getattr(Registry, "items"), getattr(Registry, "__name__"))
print(Registry.__dict__.get("items"), type(Registry.__dict__["__class_getitem__"]).__name__)
