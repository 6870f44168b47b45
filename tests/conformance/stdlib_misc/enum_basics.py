from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.RED in Color)
print([c.name for c in Color], [m for m in Color.__members__])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.GREEN, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
print(f"{Color.RED}", str(Color.BLUE), hash(Color.RED) == hash(Color.RED))
