class Key(str):
    pass

k1 = Key("a")
d = {k1: 1, "b": 2}
print(d["a"], list(d), type(list(d)[0]).__name__)
print(",".join([Key("x"), "y"]), type(",".join([Key("x")])).__name__)
print(type(str(Key("q"))).__name__, type(Key("q").__str__()).__name__)
print(type(f"{Key('q')}").__name__, type("%s" % Key("q")).__name__)
