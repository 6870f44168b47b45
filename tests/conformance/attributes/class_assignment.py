class Cat:
    def speak(self):
        return "meow"

class Dog:
    def speak(self):
        return "woof"

pet = Cat()
pet.name = "rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
