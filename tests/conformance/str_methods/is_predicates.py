for s in ['123', '12.3', '', ' ', 'abc', 'ab1', 'ABC', 'é', '\t\n', '٣', '²', 'a b', '\u00a0', '日本']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
