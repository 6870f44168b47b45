from enum import Enum, StrEnum

class Color(StrEnum):
    RED = "red"
    BLUE = "blue"
print(Color.RED, Color.RED == "red", Color.RED.upper(), f"{Color.BLUE}", repr(Color.RED))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3).name)
Status = Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status(404), Status.OK.value, repr(Status.NOT_FOUND))
