from decimal import Decimal as D, getcontext, ROUND_HALF_UP, localcontext
print(D("0.1") + D("0.2"), D("1.10") * 3, D(1) / D(7), D("10").sqrt())
print(D("2.675").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP))
print(D(0.1), D("1e3"), D("-0"), D("1.000").normalize(), D("123.456").as_tuple())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D(2).sqrt())
print(getcontext().prec, D("3.14") > D("3.1"), D("1.0") == D("1.00"), D(5) == 5)
try:
    D("abc")
except Exception as e:
    print(type(e).__name__)
