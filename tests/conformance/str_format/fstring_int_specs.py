n = 255
print(f'{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}')
print(f'{n:d}|{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{-n:05d}')
print(f'{n:,}|{10 ** 9:,}|{-1234567:,}|{10 ** 9:_}|{0xFFFFFFFF:_x}')
print(f'{n:+d}|{-n:+d}|{n: d}|{n:=+6d}')
print(f'{65:c}{66:c}{0x263A:c}')
print(f'{n:e}|{n:.2f}|{n:%}')
print(f'{-255:x}|{-255:#b}')
