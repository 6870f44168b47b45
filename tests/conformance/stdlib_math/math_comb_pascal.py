import math
for n in range(8):
    print(" ".join(str(math.comb(n, k)) for k in range(n + 1)).center(40).rstrip())
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
