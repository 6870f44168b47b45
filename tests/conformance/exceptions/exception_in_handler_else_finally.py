def f(where):
    try:
        try:
            print('try')
        except Exception:
            print('never')
        else:
            if where == 'else':
                raise ValueError('from else')
            print('else ok')
        finally:
            if where == 'finally':
                raise KeyError('from finally')
            print('finally ok')
    except (ValueError, KeyError) as e:
        print('caught', type(e).__name__, e)
f('none')
f('else')
f('finally')
