def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return 'inf?'
    except TypeError as e:
        return 'type: ' + str(e)
    else:
        return result
print(safe_div(1, 2), safe_div(1, 0), safe_div('a', 1))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None
    finally:
        print('lookup', k)
print(lookup({'a': 1}, 'a'), lookup({}, 'b'))
