for i in range(10):
    if i % 3 == 0:
        continue
    print('for', i)
i = 0
while i < 6:
    i += 1
    if i % 2:
        continue
    print('while', i)
for i in range(3):
    continue
else:
    print('else after continue-only loop', i)
