def trigger(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'type':
        return 1 + 'a'
    return 'no error'
for kind in ['key', 'index', 'zero', 'type', 'none']:
    try:
        print(trigger(kind))
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        print('other', type(e).__name__, e)
