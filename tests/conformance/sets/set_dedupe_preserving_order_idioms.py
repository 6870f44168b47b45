data = [3, 1, 3, 2, 1, 4, 2]
seen = set()
ordered = []
for x in data:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, list(dict.fromkeys(data)), set(data))
words = ["b", "a", "b", "c", "a"]
print(sorted(set(words)), list(dict.fromkeys(words)))
print(len(set(words)) == len(words))
