class T:
    @property
    def val(self):
        return "property"

t = T()
seen = []
for i in range(150):
    if i == 50:
        T.val = "plain class attr"
    if i == 100:
        T.val = property(lambda self: "new property")
    seen.append(t.val)
print(seen[0], seen[49], seen[50], seen[99], seen[100], seen[-1])
