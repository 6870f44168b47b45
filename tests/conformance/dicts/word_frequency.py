text = 'it was the best of times it was the worst of times'
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:4])
print(sum(freq.values()), len(freq))
