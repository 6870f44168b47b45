class Cat:
    def sound(self):
        return "meow"
class Dog:
    def sound(self):
        return "woof"

pet = Cat()
out = []
for i in range(300):
    if i % 100 == 0 and i:
        pet.__class__ = Dog if type(pet) is Cat else Cat
    out.append(pet.sound())
print(out[0], out[99], out[100], out[199], out[200], out[-1])
print(out.count("meow"), out.count("woof"))
