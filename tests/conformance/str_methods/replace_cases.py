s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('at', 'og', 1), s.replace('at', 'og', 0), s.replace('at', 'og', -1))
print(s.replace('the ', ''), s.replace('zzz', 'y'))
print('aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), ''.replace('a', 'b'))
