names = ['ann', 'bob', 'cy']
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for i, (name, age) in enumerate(zip(names, ages), start=10):
    print(i, name, age)
