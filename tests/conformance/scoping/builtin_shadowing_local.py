def f():
    sum = 'my sum'
    return sum
print(f(), sum([1, 2]))
def g(list):
    return list * 2
print(g(3), list('ab'))
def h():
    len = lambda x: -1
    return len('abc')
print(h(), len('abc'))
