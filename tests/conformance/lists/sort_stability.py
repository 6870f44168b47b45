recs = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
words = ['bb', 'a', 'cc', 'd', 'eee', 'ff', 'g']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
data = [(1, 'x'), (0, 'y'), (1, 'a'), (0, 'b')]
data.sort(key=lambda p: p[1])
data.sort(key=lambda p: p[0])
print(data)
