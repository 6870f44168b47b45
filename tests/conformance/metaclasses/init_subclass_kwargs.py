class Shape:
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        print("registered", cls.__name__, sides)

class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass
class Blob(Shape): pass
print(Triangle.sides, Square.sides, Blob.sides)
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
