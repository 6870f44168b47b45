def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no entry for ' + repr(k))
print(lookup({'x': 1}, 'x'))
print(lookup({'x': 1}, 'y'))
