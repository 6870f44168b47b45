def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 80:
            return "B"
        case int(s) | float(s) if 0 <= s < 80:
            return "C"
        case int() | float():
            return "invalid number"
        case _:
            return "not a number"

for s in [95, 85.5, 10, -1, "x"]:
    print(s, grade(s))

calls = []
def check(x):
    calls.append(x)
    return x > 1
match [1, 2, 3]:
    case [a, *_] if check(a):
        print("first")
    case [_, b, *_] if check(b):
        print("second", b)
print(calls)
