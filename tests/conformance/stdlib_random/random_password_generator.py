import random
import string
rng = random.Random(424242)
alphabet = string.ascii_letters + string.digits + "!@#$%"
for length in (8, 12, 16):
    pw = "".join(rng.choice(alphabet) for _ in range(length))
    print(length, pw, any(c.isdigit() for c in pw), any(c.isupper() for c in pw))
tokens = [rng.getrandbits(32) for _ in range(3)]
print([f"{t:08x}" for t in tokens])
