class Sorted(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
    def keys(self):
        return sorted(super().keys())

s = Sorted(c=3, a=1, b=2)
print(list(s), s.keys(), list(s.items()), list(s.values()))
print(dict(s), {**s})
print([k for k in s])
