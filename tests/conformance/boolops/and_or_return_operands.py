print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default', '' and 'x', 'x' and '')
print(None or 0, None and 0, [] or {}, [] and {})
print(0 or '' or None or 'last', 1 and 'a' and [1] and 'end')
print(0.0 or -0.0, 0.0 and 1)
x = [] or [1, 2]
print(x)
