try:
    [][5]
except IndexError as e:
    print(e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e.args, str(e))
try:
    int("z")
except ValueError as e:
    print(e.args)
try:
    import _definitely_missing_module_xyz
except ModuleNotFoundError as e:
    print(e.name, str(e), isinstance(e, ImportError))
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(FileNotFoundError(2, "x")).__name__, type(OSError(2, "x")).__name__)
e = StopIteration(5)
print(e.value, SystemExit(3).code, SystemExit().code)
