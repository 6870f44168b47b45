class A:
    def greet(self):
        return "hi from A"

class B(A):
    def greet(self):
        inner = lambda: super(B, self).greet()
        return inner() + " via B"

    def comp(self):
        return [super().greet() for _ in range(2)]

print(B().greet())
try:
    print(B().comp())
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)

def no_class():
    return super()

try:
    no_class()
except RuntimeError as e:
    print(type(e).__name__, e)
