match = [1, 2]
case = "c"
print(match, case)
match match:
    case [1, x]:
        print("match is a soft keyword, x =", x)
def _(match, case):
    return match + case
print(_(1, 2))
type = "still usable"
print(type)
