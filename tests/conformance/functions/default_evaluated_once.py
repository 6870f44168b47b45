counter = [0]
def make_default():
    counter[0] += 1
    print('default evaluated', counter[0])
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), f(10))
n = 5
def h(v=n):
    return v
n = 6
print(h())
