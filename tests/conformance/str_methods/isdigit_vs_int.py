for s in ['10', '0010', '-1', '+1', ' 1', '1_0', '²', '١٢', '']:
    ok = s.isdigit()
    try:
        v = int(s)
    except ValueError:
        v = 'err'
    print(repr(s), ok, v)
