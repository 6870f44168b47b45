class CM:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
    def __exit__(self, *a):
        self.log.append("exit")

def f(log):
    with CM(log):
        log.append("body")
        return "returned"
    log.append("unreachable")

log = []
print(f(log), log)
log = []
for i in range(3):
    with CM(log):
        if i == 1:
            break
        log.append(i)
print(log)
log = []
for i in range(3):
    with CM(log):
        if i == 0:
            continue
        log.append(i)
print(log)
