class R:
    def __init__(self, name):
        self.name = name
    def _op(op):
        def f(self, other):
            return f"{self.name} {op} {other!r}"
        return f
    def _rop(op):
        def f(self, other):
            return f"{other!r} {op} {self.name} (reflected)"
        return f
    __add__ = _op("+"); __radd__ = _rop("+")
    __sub__ = _op("-"); __rsub__ = _rop("-")
    __mul__ = _op("*"); __rmul__ = _rop("*")
    __matmul__ = _op("@"); __rmatmul__ = _rop("@")
    __truediv__ = _op("/"); __rtruediv__ = _rop("/")
    __floordiv__ = _op("//"); __rfloordiv__ = _rop("//")
    __mod__ = _op("%"); __rmod__ = _rop("%")
    __pow__ = _op("**"); __rpow__ = _rop("**")
    __lshift__ = _op("<<"); __rlshift__ = _rop("<<")
    __rshift__ = _op(">>"); __rrshift__ = _rop(">>")
    __and__ = _op("&"); __rand__ = _rop("&")
    __or__ = _op("|"); __ror__ = _rop("|")
    __xor__ = _op("^"); __rxor__ = _rop("^")
    __divmod__ = _op("divmod"); __rdivmod__ = _rop("divmod")

r = R("r")
for res in [r + 1, 1 + r, r - 1, 1 - r, r * 2, 2 * r, r @ 3, 3 @ r, r / 4, 4 / r,
            r // 5, 5 // r, r % 6, 6 % r, r ** 7, 7 ** r, r << 8, 8 << r, r >> 9, 9 >> r,
            r & 1, 1 & r, r | 2, 2 | r, r ^ 3, 3 ^ r, divmod(r, 4), divmod(4, r), pow(r, 2)]:
    print(res)
