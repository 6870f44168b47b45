class Show:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", len(key))
        return ("index", key)

s = Show()
print(s[1], s[:], s[1:], s[:2], s[::3], s[1:2:3], s[-1::-1])
print(s[1, 2], s[1:2, 3], s[()], s[None])
print(s[slice(1, 2)])
