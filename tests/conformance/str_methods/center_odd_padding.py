for s in ['a', 'ab', 'abc', 'abcd', '']:
    for w in [5, 6, 7]:
        print('[' + s.center(w) + ']', '[' + s.center(w, '*') + ']')
print('[' + 'toolong'.center(3) + ']')
