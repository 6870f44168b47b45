base = [1, 2, 3]
alias = base
base += [4]
print(alias)
base = base + [5]
print(alias, base)
def grow(lst):
    lst += [0]
    return len(lst)
print(grow(alias), alias)
