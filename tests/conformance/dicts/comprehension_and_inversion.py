squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
print({c: 'abcabc'.count(c) for c in 'abc'})
print({i % 3: i for i in range(10)})
