words = ['pear', 'Apple', 'fig', 'apple']
print(words, sorted(words))
d = {'one': 1, 'two': 2}
print(d, 'one' in d, d['two'])
t = ('a', 'b')
print(t, t + ('c',), 'b' in t)
print([s * 2 for s in 'xyz'])
