from _helper_nostar import *
print(visible, func(), Klass.__name__)
for name in ["_hidden", "__dunder_like__"]:
    try:
        eval(name)
    except NameError as e:
        print(type(e).__name__, e)
import _helper_nostar
print(_helper_nostar._hidden, hasattr(_helper_nostar, "__all__"))
