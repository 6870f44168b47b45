r = range(0, 10**20, 10**18)
print(len(r), r[-1], 10**19 in r, (10**19 + 1) in r)
big = range(-2**70, 2**70)
print(big[2**70], len(range(0, 2**62, 2**30)))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[2**63:][:3], 3.0 in range(5), 3.5 in range(5), True in range(2))
print(range(-5, 5)[-3:], range(10)[3:-3:2])
