from functools import singledispatchmethod

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"generic:{arg}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:05d}"

    @fmt.register
    def _(self, arg: float):
        return f"float:{arg:.2f}"

f = Formatter()
print(f.fmt(42), f.fmt(3.14159), f.fmt("x"), f.fmt([1]))
