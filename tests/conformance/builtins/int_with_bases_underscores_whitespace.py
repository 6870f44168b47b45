print(int('  1_000  '), int('0b_1010', 0), int('0O777', 0), int('0XdeAD', 0))
print(int('-0x10', 16), int('  +0b11  ', 2), int('z', 36), int('Z0', 36))
print(int('1' * 50, 2) == 2 ** 50 - 1, int('-' + '9' * 30))
print(int('٣', 10), int('０１２'))
for s in ['0_x10', '1 000', '0b2', '0o8']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
