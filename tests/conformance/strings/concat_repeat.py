s = 'ab'
print(s + 'cd', s * 3, 3 * s, s * 0, s * -2)
t = ''
for i in range(5):
    t += str(i)
print(t)
print('-' * 20)
print(('x' + 'y') * 2 + 'z')
u = 'a'
u *= 4
print(u)
