names = ["ann", "Bob", "ann", "carl", "BOB"]
print({n.lower() for n in names})
print({(n[0], len(n)) for n in names})
print(frozenset(n.upper() for n in names))
print({n for n in names if n.islower()})
