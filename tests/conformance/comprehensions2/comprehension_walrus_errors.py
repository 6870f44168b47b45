srcs = [
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    [z := 1 for _ in range(2)]\n",
]
for src in srcs:
    try:
        compile(src, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
