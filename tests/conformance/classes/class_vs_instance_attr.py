class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add_tag(self, t):
        self.tags.append(t)

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.add_tag("x")
b.add_tag("y")
print(Counter.tags, a.tags is b.tags)
b.tags = ["own"]
print(Counter.tags, b.tags, a.tags)
print("count" in Counter.__dict__, "count" in vars(b))
