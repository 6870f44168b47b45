data = ['1', 'x', '3', '', '5.5', '-7']
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        bad.append(s)
        continue
    finally:
        print('checked', repr(s))
print(total, bad)
