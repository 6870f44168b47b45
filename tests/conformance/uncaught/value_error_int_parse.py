inputs = ['12', '7', 'seven', '3']
for s in inputs:
    n = int(s)
    print(s, '->', n * 2)
