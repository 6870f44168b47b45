words = ['kiwi', 'fig', 'banana', 'apple', 'date']
print(min(words, key=len), max(words, key=len), min(words), max(words))
print(max([], key=len, default='none'), min(words, key=lambda w: w[-1]))
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: (len(w), w)))
print(max(3, 4, 4.0), max(4.0, 4, 3), max([1, -5, 5], key=abs), min([1, -1], key=abs))
