def tag(name):
    print("build", name)
    def deco(fn):
        print("apply", name)
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hi"

print(text())
