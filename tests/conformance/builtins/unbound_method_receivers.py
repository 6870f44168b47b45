# Unbound builtin methods called with a wrong receiver, or with none.
for f, a in [(str.upper, (3,)), (list.append, ("x", 1)), (dict.get, ([], 1)), (set.add, ((), 1)), (str.upper, ()), (list.pop, ()), (dict.keys, ()), (set.clear, ())]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
