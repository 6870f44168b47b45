def outer():
    items = []
    def add(v):
        items.append(v)
    def reset():
        nonlocal items
        items = ['reset']
    add(1)
    add(2)
    before = items
    reset()
    add(3)
    return before, items
print(outer())
