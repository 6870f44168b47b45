big = 2 ** 1024
for thunk in [lambda: float(big), lambda: big + 0.5, lambda: big * 1.0,
              lambda: big / 3, lambda: 0.5 < big and float(big), lambda: big ** 0.5,
              lambda: float(-(10 ** 400))]:
    try:
        print(thunk())
    except OverflowError as e:
        print(type(e).__name__, e)
