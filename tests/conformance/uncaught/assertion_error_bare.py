items = [1, 2, 3]
print(len(items))
assert len(items) == 4
