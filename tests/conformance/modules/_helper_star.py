__all__ = ["public_fn", "CONST", "_explicitly_exported"]

CONST = 42
NOT_EXPORTED = "hidden by __all__"


def public_fn():
    return "public"


def other_fn():
    return "not in __all__"


def _explicitly_exported():
    return "underscore but listed"
