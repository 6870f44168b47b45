rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 150, 3.0)]
print(f'{"item":<8}{"qty":>5}{"price":>8}')
for item, qty, price in rows:
    print(f'{item:<8}{qty:>5}{price:>8.2f}')
total = sum([q * p for _, q, p in rows])
print(f'{"total":<8}{total:>13.2f}')
