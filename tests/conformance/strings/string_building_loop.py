parts = []
for i in range(1, 6):
    parts.append('%d^2=%d' % (i, i * i))
print(', '.join(parts))
s = ''
for ch in 'abcdef':
    s = ch + s
print(s)
row = ''
for i in range(3):
    row += '[' + str(i) + ']'
print(row)
