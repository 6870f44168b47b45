class Config:
    level = 1

    def show(self):
        return self.level

objs = [Config() for _ in range(3)]
print([o.show() for o in objs])
Config.level = 5
print([o.show() for o in objs])
objs[1].level = 9
print([o.show() for o in objs])
del Config.level
try:
    objs[0].show()
except AttributeError as e:
    print(type(e).__name__, e)
print(objs[1].show())
