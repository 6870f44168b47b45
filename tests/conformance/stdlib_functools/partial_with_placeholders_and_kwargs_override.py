from functools import partial
def greet(greeting, name, punctuation="."):
    return f"{greeting}, {name}{punctuation}"
hello = partial(greet, "Hello")
excited = partial(hello, punctuation="!")
print(hello("Ann"), excited("Bob"), excited("Cy", punctuation="?"))
print(excited.args, excited.keywords, excited.func is greet)
class Thing:
    def method(self, a, b):
        return a - b
bound = partial(Thing().method, 10)
print(bound(3))
print(list(map(partial(greet, name="X"), ["Hi", "Yo"])))
