class Cents(int):
    def __format__(self, spec):
        if spec == "$":
            return f"${self // 100}.{self % 100:02d}"
        return super().__format__(spec)

c = Cents(1234)
print(f"{c:$}", f"{c:>8}", f"{c:x}", format(c, "08d"))
print(str(c), repr(c), c.bit_length(), c.to_bytes(2, "big"))
print(Cents(5) < Cents(10), Cents(5) + Cents(10))
