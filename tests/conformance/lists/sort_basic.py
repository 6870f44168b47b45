xs = [5, 2, 9, 1, 5, 6]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ['banana', 'Apple', 'cherry', 'apple']
words.sort()
print(words)
words.sort(key=len)
print(words)
print(xs.sort())
mixed = [3, 1.5, True, -2, 0.0]
mixed.sort()
print(mixed)
