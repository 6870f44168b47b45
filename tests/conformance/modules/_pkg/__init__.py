print("_pkg/__init__ running")
from ._sub import helper as exported_helper
from . import _sub
PKG_CONST = "pkg-const"
