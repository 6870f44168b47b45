count = 0
def mid():
    global count
    count += 1
    return 5
print(1 < mid() < 10, count)
print(1 < mid() > 10, count)
print(6 < mid() < 10, count)
print(1 < mid() <= 5 < mid() + 1, count)
