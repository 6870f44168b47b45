def source():
    for i in range(3):
        print("produce", i)
        yield i

def mapped(it):
    for x in it:
        print("map", x)
        yield x * 10

for v in mapped(source()):
    print("consume", v)
