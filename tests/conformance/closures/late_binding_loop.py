fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
fns = [(lambda j: (lambda: j))(i) for i in range(3)]
print([f() for f in fns])
i = 100
fns = [lambda: i for i in range(3)]
print([f() for f in fns], i)
