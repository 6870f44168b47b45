class A:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(x for x in items)

print(A.doubled, A.total)

class B:
    factor = 10
    try:
        scaled = [x * factor for x in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(B.scaled)

class C:
    factor = 10
    scaled = [(lambda f: [x * f for x in range(3)])(factor)][0]
    keyed = {k: None for k in "ab"}
print(C.scaled, C.keyed)
