try:
    print([1 / x for x in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({k: {}[k] for k in ['a']})
except KeyError as e:
    print(type(e).__name__, e)
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
