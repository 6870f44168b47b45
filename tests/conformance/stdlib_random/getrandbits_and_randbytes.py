import random
random.seed(5)
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(200))
print(random.randbytes(8), random.randbytes(0))
print(random.getrandbits(0))
