name = 'Ann'
n = 3
print(f'{name} has {n} cats')
print(f'{n + 1} {n * 2} {name.upper()} {len(name)}')
print(f'{{literal}} {n}')
print(f'{"nested quotes"} {[1, 2][0]} {({"a": 1})["a"]}')
print(f'{n!r} {name!r} {name!s}')
print(f'{n}{n}{n}', f'')
print(F'capital F {n}')
