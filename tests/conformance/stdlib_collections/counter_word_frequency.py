from collections import Counter
text = """it was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness it was the epoch of belief"""
words = text.split()
c = Counter(words)
print(c.most_common(5))
print(len(c), c["was"], c["missing"])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
first = Counter(w[0] for w in words)
print(first.most_common(3))
print(Counter(words[:10]) & Counter(words[10:20]))
