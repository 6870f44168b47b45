for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "x\ty\nab\tz", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("a\tb\r\tc".expandtabs(3)))
