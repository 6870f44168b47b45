class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak().upper()

for a in [Animal("x"), Dog("rex"), Cat("tom")]:
    print(a.describe())
print(Dog.__bases__[0].__name__, Cat.__base__.__name__)
print(issubclass(Dog, Animal), issubclass(Animal, Dog))
