def f(a, b):
    if a:
        if b:
            return 'both'
        else:
            return 'a only'
    else:
        if b:
            return 'b only'
    return 'neither'
for a in [0, 1]:
    for b in [0, 1]:
        print(a, b, f(a, b))
