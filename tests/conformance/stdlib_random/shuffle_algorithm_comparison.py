import random
def fisher_yates(seq, rng):
    seq = list(seq)
    for i in range(len(seq) - 1, 0, -1):
        j = rng.randrange(i + 1)
        seq[i], seq[j] = seq[j], seq[i]
    return seq
r1 = random.Random(77)
print(fisher_yates(range(12), r1))
r2 = random.Random(77)
lst = list(range(12))
r2.shuffle(lst)
print(lst)
