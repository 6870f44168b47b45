s = '  Hello, World!  '
print(s.strip().lower().replace(',', '').split())
print('-'.join(s.split()).upper().center(20, '~'))
print('a.b.c'.split('.')[::-1], '.'.join('a.b.c'.split('.')[::-1]))
words = 'the Quick brown FOX'.lower().title().split()
print(words, len(words))
