from _pkg._sub import helper, uses_parent
print(helper("direct"), uses_parent())
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
from _pkg import exported_helper
print(exported_helper is helper)
