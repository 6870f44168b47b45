from ._sub import helper
import _pkg as again


def combined():
    return helper("other") + " " + again.PKG_CONST
