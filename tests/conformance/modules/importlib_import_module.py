import importlib
m = importlib.import_module("_helper_star")
print(m.CONST, m.public_fn())
sub = importlib.import_module("._sub", "_pkg")
print(sub.helper("via importlib"), sub.__name__)
try:
    importlib.import_module("_definitely_absent_mod")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
