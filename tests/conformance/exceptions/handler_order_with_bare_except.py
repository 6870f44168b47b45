def f(n):
    try:
        if n == 0:
            raise KeyError('zero')
        if n == 1:
            raise StopIteration
        return 'fine'
    except KeyError:
        return 'key'
    except:
        return 'bare except'
print(f(0), f(1), f(2))
