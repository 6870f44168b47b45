words = ['ant', 'bee', 'cat', 'ape', 'bat', 'cow', 'asp']
by_letter = {}
for w in words:
    if w[0] not in by_letter:
        by_letter[w[0]] = []
    by_letter[w[0]].append(w)
print(by_letter)
lengths = {k: len(v) for k, v in by_letter.items()}
print(lengths)
print(sorted(by_letter.items(), key=lambda kv: -len(kv[1])))
