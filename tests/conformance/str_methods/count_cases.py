s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('z'), s.count(''))
print(s.count('a', 2), s.count('a', 2, 4), s.count('a', -2), s.count('', 2, 4))
print(''.count(''), ''.count('a'), 'aaaa'.count('aa'))
print('x'.count('', 5), 'abc'.count('', 10))
