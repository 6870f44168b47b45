for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'back\\slash', '\x00\x07\x7f', 'é', '\u20ac', '']:
    print(repr(s))
print(repr('\r\x0b\x0c'), repr('\x1b[0m'))
