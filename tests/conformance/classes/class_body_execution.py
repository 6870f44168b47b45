print("before")

class Demo:
    print("in body")
    x = 1
    y = x + 1
    items = [x, y]
    for i in range(3):
        items.append(i)
    del i
    if y > 1:
        big = True
    else:
        small = True

print("after")
print(Demo.x, Demo.y, Demo.items, hasattr(Demo, "i"), Demo.big, hasattr(Demo, "small"))
