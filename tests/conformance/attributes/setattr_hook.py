class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        super().__setattr__(name, value)

r = Recorder()
r.x = 1
r.y = "two"
r.x = 3
setattr(r, "z", None)
print(r.log)
print(r.x, r.y, r.z)
