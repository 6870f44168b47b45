from enum import Enum, auto, unique

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, list(Shape.__members__))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([(m.name, m.value) for m in Auto])
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(type(e).__name__, e)
