for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '12345']:
    print(repr(s), s.zfill(5), s.zfill(0), s.zfill(-1))
