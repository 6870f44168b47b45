words = ['bb', 'a', 'ccc']
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w / 2))
