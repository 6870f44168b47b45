class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__

class A(metaclass=Meta):
    def hello(self):
        return "instance hello"

print(A.hello(A()), A().hello())
print(type(A).hello(A))
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
print([c.__name__ for c in type(A).__mro__])
