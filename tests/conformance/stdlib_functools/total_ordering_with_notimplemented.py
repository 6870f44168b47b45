from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.c == o.c
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.c < o.c
    def __repr__(self):
        return f"M{self.c}"
a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= b, a == Money(5), a == 5)
try:
    a <= 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Money(3), Money(1), Money(2)]), min(Money(9), Money(4)))
