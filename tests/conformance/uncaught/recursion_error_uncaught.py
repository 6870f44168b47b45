def down(n):
    return down(n + 1)
print('recursing forever')
down(0)
