for fn in [lambda: int("1.5"), lambda: int(""), lambda: int("0x10"), lambda: float("1.2.3"),
           lambda: int(float("nan")), lambda: int(float("inf")), lambda: int("12", 1), lambda: int(12, 10),
           lambda: complex("j1"), lambda: float([])]:
    try:
        print(fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
