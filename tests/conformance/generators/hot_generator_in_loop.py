def squares(n):
    for i in range(n):
        yield i * i

total = 0
for k in range(200):
    total += sum(squares(k % 10))
print(total)
gens = [squares(5) for _ in range(3)]
print([next(g) for g in gens], [list(g) for g in gens])
