target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print(found)
pairs = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        pairs.append((a, b))
print(pairs)
