def target(a, b, *args, c=3, **kw):
    return f"a={a} b={b} args={args} c={c} kw={sorted(kw.items())}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1, 2))
print(forward(1, 2, 3, 4, c=5, d=6))
print(forward(*[1, 2], *(9,), **{"c": 0}, **{"z": 1}))
try:
    forward(1, 2, **{"c": 1}, c=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    forward(1, a=1)
except TypeError as e:
    print(type(e).__name__, e)
