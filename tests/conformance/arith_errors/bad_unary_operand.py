tests = [lambda: -'a', lambda: +'a', lambda: ~'a', lambda: ~1.5, lambda: -[1], lambda: -None, lambda: ~(1,), lambda: +{}]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(~True, -False)
