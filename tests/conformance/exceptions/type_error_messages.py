none_value = None
one = 1
tests = [lambda: len(1), lambda: 1 + [], lambda: [] + 1, lambda: 'a' * 'b', lambda: none_value(), lambda: one[0],
         lambda: {}[[]], lambda: hash([]), lambda: sorted([1, 'a']),
         lambda: 'x'.join([1]), lambda: int([]), lambda: abs(None)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
