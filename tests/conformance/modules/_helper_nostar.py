visible = "visible"
_hidden = "hidden"
__dunder_like__ = "dunder"


def func():
    return "func"


class Klass:
    pass
