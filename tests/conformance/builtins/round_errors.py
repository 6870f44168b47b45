tests = [lambda: round(1.5, 'x'), lambda: round('x'), lambda: round(1.5, 1.0), lambda: round(None)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(-0.5), round(0.5000000001))
