def steps(n):
    count = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        count += 1
    return count
for n in [1, 2, 3, 6, 7, 27, 97, 871]:
    print(n, steps(n))
