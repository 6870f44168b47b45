s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''))
print(s.find('a', 1), s.find('a', 1, 3), s.find('a', 4, 5), s.find('a', -4))
print(s.rfind('a', 0, 10), s.rfind('a', 0, 1), s.rfind('bra', -5), s.rfind('abra', 0, 4))
print(s.find('', 5), s.find('', 11), s.find('', 12), s.rfind('', 3, 5))
print(s.find('a', 100), s.find('a', -100, -8))
