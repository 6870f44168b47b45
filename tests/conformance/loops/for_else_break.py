def has_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'has factor', d)
            break
    else:
        print(n, 'is prime')
for n in [2, 9, 13, 15, 1]:
    has_factor(n)
