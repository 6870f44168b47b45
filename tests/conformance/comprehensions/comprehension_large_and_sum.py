squares = [i * i for i in range(1000)]
print(len(squares), sum(squares), squares[-1])
evens = [i for i in range(10000) if i % 2 == 0]
print(len(evens), evens[-3:])
table = {i: str(i) * 2 for i in range(100)}
print(len(table), table[42], table[99])
