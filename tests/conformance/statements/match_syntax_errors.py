srcs = [
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {**r, 'k': v}:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
