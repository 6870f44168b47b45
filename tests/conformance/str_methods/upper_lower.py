print('Hello World 123'.upper(), 'Hello World 123'.lower())
print(''.upper(), 'ALREADY'.upper(), 'already'.lower())
print('MiXeD cAsE'.lower().upper())
s = 'abc'
print(s.upper(), s)
