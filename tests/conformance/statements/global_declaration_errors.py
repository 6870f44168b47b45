srcs = [
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
]
for s in srcs:
    try:
        compile(s, "<g>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
