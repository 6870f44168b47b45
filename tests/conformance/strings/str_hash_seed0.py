for s in ['', 'a', 'abc', 'hello world', 'é', '日本', 'x' * 100]:
    print(repr(s), hash(s))
print(hash('abc') == hash('ab' + 'c'))
