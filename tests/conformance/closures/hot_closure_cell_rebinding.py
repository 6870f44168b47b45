def make():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_

get, set_ = make()
out = []
for i in range(200):
    if i % 50 == 0:
        set_(i)
    out.append(get())
print(out[0], out[49], out[50], out[150], out[-1], sum(out))
