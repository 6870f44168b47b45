x = 1
def f(a=x):
    return a
x = 2
def g():
    return x
x = 3
print(f(), g())
def h(lst=[]):
    lst.append(len(lst))
    return lst
print(h(), h(), h([9]), h())
