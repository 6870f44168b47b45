class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
print(list(reversed([*Squares()])))
class Keyed:
    def __getitem__(self, key):
        return f"item[{key!r}]"
k = Keyed()
print(k[1], k["a"], k[1:2], k[1:2:3], k[:, 1], k[...])
