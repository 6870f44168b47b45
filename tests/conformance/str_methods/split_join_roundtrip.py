for s in ['a b c', 'a  b', ' a', 'a,b,,c', '']:
    parts = s.split(' ')
    print(repr(s), parts, ' '.join(parts) == s)
csv = 'name,age\nann,3\nbob,40'
rows = [line.split(',') for line in csv.splitlines()]
print(rows)
