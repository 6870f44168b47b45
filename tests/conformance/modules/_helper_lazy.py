"""Module with a module-level __getattr__ and __dir__."""
real = "real attribute"
_computed = {}


def __getattr__(name):
    if name.startswith("auto_"):
        value = name[5:].upper()
        _computed[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["real", "auto_anything"]
