n = 0
while n < 3:
    n += 1
else:
    print('else ran, n =', n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print('not printed')
print('after break, n =', n)
while False:
    pass
else:
    print('else on never-entered loop')
