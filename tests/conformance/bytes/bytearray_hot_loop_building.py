out = bytearray()
for i in range(256):
    out.append(i)
print(len(out), out[:8], out[-4:], sum(out))
out[::16] = bytes(16)
print(out[:20])
chunks = [bytes(out[i:i + 64]).hex()[:8] for i in range(0, 256, 64)]
print(chunks)
