import types
import _helper_star
print(isinstance(_helper_star, types.ModuleType), type(_helper_star).__name__)
d = vars(_helper_star)
print(d is _helper_star.__dict__, d["CONST"], "__name__" in d, "__builtins__" in d)
fake = types.ModuleType("fake_mod", "doc of fake")
fake.x = 1
print(fake.__name__, fake.__doc__, fake.x, repr(fake))
