class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

m = Money(12345)
print(m, repr(m), str(m), [m])
print(f"{m}|{m!r}|{m!s}|{m:c}|{m:>10.1f}|")
print(format(m, "c"), "{0} {0!r} {0:.3f}".format(m))
print("%s and %r" % (m, m))
