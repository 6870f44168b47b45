"""Shapes helper module for conformance programs."""
print("executing _helper_shapes, __name__ =", __name__)

PI = 3.14159
UNIT = "cm"
_private_counter = 0


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(PI * self.r * self.r, 3)


def describe(shape):
    global _private_counter
    _private_counter += 1
    return f"{type(shape).__name__} with area {shape.area()} {UNIT}^2"


def calls():
    return _private_counter
