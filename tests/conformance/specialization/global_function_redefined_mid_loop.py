def helper(x):
    return x + 1
def run(n):
    t = 0
    for i in range(n):
        t += helper(i)
    return t
print(run(2000))
def helper(x):
    return x * 2
print(run(2000))
helper = lambda x: -x
print(run(10))
