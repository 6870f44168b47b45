for s in ["abc", "_x1", "1abc", "a-b", "", "if", "ñame", "a b", "__init__", "x²"]:
    print(repr(s), s.isidentifier(), s.isalnum(), s.isprintable())
for s in ["123", "½", "²", "١٢", "1.5", "Ⅻ"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
print("\n".isprintable(), " ".isspace(), "\u2003".isspace(), "".isspace())
