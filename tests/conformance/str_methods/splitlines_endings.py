s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(s.splitlines())
print(len(s.splitlines()))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines())
print('a\r\n\r\nb'.splitlines(keepends=True))
print('no\tsplit here'.splitlines())
