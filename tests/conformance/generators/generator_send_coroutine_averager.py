def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))

def prime(fn):
    def w(*a):
        g = fn(*a)
        next(g)
        return g
    return w

@prime
def grep(pattern, out):
    while True:
        line = yield
        if pattern in line:
            out.append(line)
res = []
gr = grep("py", res)
for line in ["python", "java", "pypy", "rust"]:
    gr.send(line)
print(res)
