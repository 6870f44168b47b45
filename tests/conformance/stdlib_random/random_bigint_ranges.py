import random
random.seed(555)
for hi in [2**31, 2**63, 2**64 + 1, 10**30, 3**100]:
    print(hi.bit_length(), random.randrange(hi))
print(random.randint(-2**70, -2**69))
print(random.randrange(1, 10**25, 7) % 7)
