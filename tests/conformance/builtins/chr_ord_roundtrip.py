s = 'Hello, Wörld! €'
codes = [ord(c) for c in s]
print(codes)
print(''.join([chr(c) for c in codes]) == s)
print([chr(c) for c in range(65, 91, 5)])
print(ord(chr(0x1F600)), chr(ord('a') - 32))
