print(f'{True}|{False!r}|{None}|{True:d}|{True:>6}')
print(f'{[1, "a"]}|{(1,)!s}|{ {"k": 2} }')
print(f'{1e16}|{0.1 + 0.2}|{-0.0}')
print(f'{2 ** 70}|{2 ** 70:,}')
