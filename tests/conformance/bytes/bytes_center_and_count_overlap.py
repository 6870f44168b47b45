print(b"aaaa".count(b"aa"), b"aaaa".find(b"aa", 1), b"aaaa".replace(b"aa", b"b"))
print(b"abc".center(6), b"abc".center(7, b"-"), b"x".zfill(3), b"-5".zfill(4), b"+5".zfill(4))
print(b"ab\tc\td".expandtabs(), b"a\tb".expandtabs(2))
print(b"Hello World".istitle(), b"hello World".title(), b"they're".title())
