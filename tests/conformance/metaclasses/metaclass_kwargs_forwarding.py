class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Table(metaclass=Meta, db="main", strict=True):
    pass

class SubTable(Table, db="other"):
    pass

print(sorted(Table.options.items()), SubTable.options)
