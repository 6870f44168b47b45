for s in ['\u200b', '\u00a0', '\xad', '\U0001F600', '\u2028', 'a\u0301']:
    print(repr(s), len(s))
