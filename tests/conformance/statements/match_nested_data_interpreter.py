def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("neg", e):
            return -evaluate(e)
        case ("+", *args):
            return sum(evaluate(a) for a in args)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("if", cond, then, other):
            return evaluate(then) if evaluate(cond) else evaluate(other)
        case _:
            raise ValueError(f"bad expr {expr!r}")

print(evaluate(("+", 1, 2, ("*", 3, 4), ("neg", 5))))
print(evaluate(("if", ("+", 1, ("neg", 1)), 10, 20)))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)
