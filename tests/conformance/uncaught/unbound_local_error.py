total = 10
def add_one():
    print('about to read total')
    total = total + 1
    return total
print('calling')
add_one()
