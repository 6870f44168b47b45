class Thing:
    pass

t = Thing()
cases = [
    lambda: t.missing,
    lambda: Thing.missing,
    lambda: (5).missing,
    lambda: "s".missing,
    lambda: None.missing,
    lambda: [].missing,
    lambda: len.missing,
]
for fn in cases:
    try:
        fn()
    except AttributeError as e:
        print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
