x = 1
f = lambda: x
g = lambda x=x: x
x = 2
print(f(), g())
h = lambda: (lambda: x)()
print(h())
funcs = {op: (lambda a, b, op=op: eval(f"a {op} b")) for op in "+-*"}
print({k: v(6, 3) for k, v in funcs.items()})
