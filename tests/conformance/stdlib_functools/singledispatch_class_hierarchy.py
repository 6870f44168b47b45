from functools import singledispatch
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
class Cat(Animal): pass
@singledispatch
def speak(a):
    return "..."
@speak.register
def _(a: Dog):
    return "woof"
@speak.register
def _(a: Cat):
    return "meow"
print([speak(x) for x in (Animal(), Dog(), Puppy(), Cat(), 5)])
@speak.register
def _(a: Puppy):
    return "yip"
print(speak(Puppy()), speak(Dog()))
