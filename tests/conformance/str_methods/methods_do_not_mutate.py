s = 'Abc  '
r = [s.upper(), s.lower(), s.strip(), s.replace('A', 'Z'), s.zfill(8), s.center(9), s.title()]
print(r)
print(repr(s))
