count = 0
items = []


def bump():
    global count
    count += 1
    items.append(count)
    return count
