def make_gens():
    gens = []
    for i in range(3):
        gens.append(x * i for x in range(3))
    return gens

print([list(g) for g in make_gens()])

def make_gens_fixed():
    return [(lambda i: (x * i for x in range(3)))(i) for i in range(3)]
print([list(g) for g in make_gens_fixed()])
