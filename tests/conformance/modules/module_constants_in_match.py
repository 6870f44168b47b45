import _helper_constants as C

def classify(v):
    match v:
        case C.RED:
            return "is red"
        case C.GREEN:
            return "is green"
        case _:
            return "other"

print([classify(x) for x in ["red", "green", "blue"]])
print(C.check("red"), C.LIMIT, C.__name__)
C.LIMIT += 1
import _helper_constants
print(_helper_constants.LIMIT)
