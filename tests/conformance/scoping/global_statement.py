count = 0
def incr():
    global count
    count += 1
    return count
incr()
incr()
print(count)
def set_new():
    global brand_new
    brand_new = 'created'
set_new()
print(brand_new)
def read_only():
    return count * 10
print(read_only())
