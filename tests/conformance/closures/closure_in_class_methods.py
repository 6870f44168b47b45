def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name
    return Greeter

A = make_class("Hi ")
B = make_class("Yo ")
print(A().greet("x"), B().greet("y"))

def counter_class():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
c1, c2 = C(), C()
print(c1.bump(), c2.bump(), c1.bump())
