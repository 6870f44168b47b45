def comparable_by(attr):
    def deco(cls):
        cls.__lt__ = lambda a, b: getattr(a, attr) < getattr(b, attr)
        cls.__eq__ = lambda a, b: getattr(a, attr) == getattr(b, attr)
        cls.__hash__ = lambda a: hash(getattr(a, attr))
        return cls
    return deco

@comparable_by("score")
class Player:
    def __init__(self, name, score):
        self.name, self.score = name, score

ps = [Player("a", 30), Player("b", 10), Player("c", 20), Player("d", 10)]
print([p.name for p in sorted(ps)])
print(ps[1] == ps[3], len({ps[1], ps[3], ps[0]}))
print(max(ps).name, min(ps).name)
