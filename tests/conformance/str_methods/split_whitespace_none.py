for s in ['a b c', '  a  b  ', '\ta\nb\r\nc  ', '', '   ', 'single', 'a\x0bb\x0cc', 'x\u3000y']:
    print(repr(s), s.split(), s.split(None))
