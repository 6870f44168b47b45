for s in ['x', '', ' ', '1.5', '1__0', '_1', '1_', '0x10', '12a', '- 1', '++1']:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [('12', 2), ('9', 8), ('g', 16), ('0x', 16), ('08', 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
