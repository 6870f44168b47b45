class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kw):
        if cls not in SingletonMeta._instances:
            SingletonMeta._instances[cls] = super().__call__(*args, **kw)
        return SingletonMeta._instances[cls]

class Logger(metaclass=SingletonMeta):
    def __init__(self):
        self.lines = []

class Db(metaclass=SingletonMeta):
    pass

Logger().lines.append("a")
Logger().lines.append("b")
print(Logger().lines, Logger() is Logger(), Db() is Db(), Db() is Logger())
print(len(SingletonMeta._instances))
