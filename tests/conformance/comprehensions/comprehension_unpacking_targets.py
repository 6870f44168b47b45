pts = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in pts])
print([a for a, *rest in [[1, 2, 3], [4, 5]]])
print([rest for a, *rest in [[1, 2, 3], [4, 5]]])
print({name: score for name, (score, _) in [('a', (90, 'x')), ('b', (80, 'y'))]})
