class Tag(str):
    def __str__(self):
        return f"<{super().__str__()}>"
    def __repr__(self):
        return f"Tag({super().__repr__()})"

t = Tag("b")
print(t)
print(str(t), repr(t), [t])
print("%s" % t, "{}".format(t), f"{t}")
print(t + "x", "".join([t, t]))
