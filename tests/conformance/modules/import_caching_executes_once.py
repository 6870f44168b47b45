import sys
import _helper_shapes
import _helper_shapes
import _helper_shapes as again
from _helper_shapes import PI
print(again is _helper_shapes, sys.modules["_helper_shapes"] is _helper_shapes)
_helper_shapes.UNIT = "m"
import _helper_shapes as third
print(third.UNIT)
print("_helper_shapes" in sys.modules, PI)
