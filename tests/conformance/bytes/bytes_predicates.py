for b in [b"abc", b"ABC", b"123", b"a1", b"   ", b"", b"Title Case", b"\x80"]:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
