class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class TaggedDate(Date):
    tag = "T"

print(Date.parse("2023-7-4"), TaggedDate.parse("1999-12-31"), TaggedDate.epoch())
print(Date.parse.__self__ is Date, TaggedDate.parse.__self__ is TaggedDate)
