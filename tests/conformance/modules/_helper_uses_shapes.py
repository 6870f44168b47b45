from _helper_shapes import Rect, describe
import _helper_shapes as shapes_mod

SQUARE = Rect(2, 2)


def summary():
    return describe(SQUARE) + " / PI=" + str(shapes_mod.PI)
