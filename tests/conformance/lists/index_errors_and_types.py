xs = [1, 2, 3]
for i in [3, -4]:
    try:
        print(xs[i])
    except IndexError as e:
        print(type(e).__name__, e)
for i in ['0', 1.0, None]:
    try:
        print(xs[i])
    except TypeError as e:
        print(type(e).__name__, e)
print(xs[True], xs[False])
