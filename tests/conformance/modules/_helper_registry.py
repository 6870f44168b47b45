registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


class Base:
    instances = 0

    def __init__(self):
        Base.instances += 1
