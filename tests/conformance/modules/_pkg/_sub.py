print("_pkg._sub running, __name__ =", __name__, "__package__ =", __package__)


def helper(x):
    return f"helper({x})"


def uses_parent():
    from . import PKG_CONST
    return "parent const: " + PKG_CONST
