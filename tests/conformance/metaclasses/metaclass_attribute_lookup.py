class Meta(type):
    greeting = "hello from meta"

    def describe(cls):
        return f"class {cls.__name__}"

class A(metaclass=Meta):
    pass

print(A.greeting, A.describe())
a = A()
print(hasattr(a, "greeting"), hasattr(a, "describe"))
print(Meta.describe(A))
print(type(A).greeting)
