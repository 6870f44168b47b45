def next_value(xs):
    if not xs:
        raise StopIteration('nothing left')
    return xs.pop()
stack = [1, 2]
print(next_value(stack))
print(next_value(stack))
print(next_value(stack))
