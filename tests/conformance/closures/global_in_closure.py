total = 0

def adder():
    def add(n):
        global total
        total += n
        return total
    return add

a = adder()
print(a(5), a(10), total)

def reader():
    return total * 2
print(reader())

def creates_global():
    global brand_new
    brand_new = "created"
creates_global()
print(brand_new)
