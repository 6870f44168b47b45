for w in ['racecar', 'level', 'python', 'a', '', 'abba', 'abca']:
    print(repr(w), w == w[::-1], w[::-1])
