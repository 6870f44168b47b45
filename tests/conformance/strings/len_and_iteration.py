for s in ['', 'a', 'hello world', 'héllo', '日本語', '\U0001F600x']:
    print(repr(s), len(s), [c for c in s])
