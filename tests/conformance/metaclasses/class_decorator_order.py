def deco(tag):
    def wrap(cls):
        print("applying", tag, "to", cls.__name__)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    print("making", tag)
    return wrap

@deco("outer")
@deco("inner")
class C:
    print("class body")

print(C.tags)
