def parse_age(s):
    n = int(s)
    if n < 0:
        raise ValueError('age cannot be negative: %d' % n)
    return n
print(parse_age('30'))
print(parse_age('-2'))
