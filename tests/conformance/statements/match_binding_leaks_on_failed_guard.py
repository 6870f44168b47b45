match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("guard failed; a and b still bound:", a, b)

x = "orig"
match [5]:
    case [x] if False:
        pass
    case _:
        pass
print(x)
