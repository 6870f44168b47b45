class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Sub(Base):
    def __add__(self, other):
        return "Sub.__add__"
    def __radd__(self, other):
        return "Sub.__radd__"

class Other:
    def __add__(self, other):
        return "Other.__add__"
    def __radd__(self, other):
        return "Other.__radd__"

print(Base() + Sub())
print(Sub() + Base())
print(Base() + Other())
print(Other() + Base())
print(1 + Base())
