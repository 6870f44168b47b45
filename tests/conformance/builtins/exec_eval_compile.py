print(eval("1 + 2 * 3"), eval("x * y", {"x": 6, "y": 7}), eval("  len('abc')  "))
ns = {}
exec("def square(n):\n    return n * n\nresult = [square(i) for i in range(5)]", ns)
print(ns["result"], sorted(k for k in ns if not k.startswith("__")))
code = compile("total = sum(range(10))", "<sum>", "exec")
g = {}
exec(code, g)
print(g["total"], type(code).__name__)
print(eval(compile("2 ** 10", "<pow>", "eval")))
def scope():
    a, b = 3, 4
    return eval("a * b"), sorted(locals())
print(scope())
for bad in ["x = (", "def f(:\n    pass", "return 1"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
try:
    eval("y = 1")
except SyntaxError as e:
    print("statement in eval:", e.msg)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print(e)
