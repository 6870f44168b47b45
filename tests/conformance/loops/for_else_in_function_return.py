def search(xs, t):
    for x in xs:
        if x == t:
            return 'found'
    else:
        return 'else-branch'
    return 'unreachable'
print(search([1, 2, 3], 2), search([1, 2, 3], 9), search([], 1))
