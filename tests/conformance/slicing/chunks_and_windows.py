data = list(range(11))
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks)
windows = [data[i:i + 4] for i in range(len(data) - 3)]
print(windows[:3], len(windows))
s = 'abcdefgh'
print([s[i:i + 2] for i in range(0, len(s), 2)])
