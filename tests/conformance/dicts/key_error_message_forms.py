for k in ['k', 1, 2.5, None, (1, 2), '', 'quote\'s', True]:
    try:
        {}[k]
    except KeyError as e:
        print(repr(k), '->', e)
try:
    {}[()]
except KeyError as e:
    print('empty tuple ->', e)
