class Flying:
    mode = "air"
    def move(self):
        return "fly"

class Swimming:
    mode = "water"
    def move(self):
        return "swim"
    def dive(self):
        return "dive"

class Duck(Flying, Swimming):
    pass

class Penguin(Swimming, Flying):
    def move(self):
        return "waddle+" + Swimming.move(self)

d, p = Duck(), Penguin()
print(d.mode, d.move(), d.dive())
print(p.mode, p.move(), p.dive())
print([c.__name__ for c in Duck.__mro__])
print([c.__name__ for c in Penguin.__mro__])
