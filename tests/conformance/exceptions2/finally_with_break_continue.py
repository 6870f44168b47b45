out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception swallowed by break"
print(swallow())

def cont():
    res = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            res.append(i)
            continue
    return res
print(cont())
