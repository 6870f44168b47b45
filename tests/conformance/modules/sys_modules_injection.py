import sys, types
mod = types.ModuleType("_virtual_mod")
mod.answer = 42
sys.modules["_virtual_mod"] = mod
import _virtual_mod
from _virtual_mod import answer
print(_virtual_mod is mod, answer)
sys.modules["_blocked_mod"] = None
try:
    import _blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_virtual_mod"]
del sys.modules["_blocked_mod"]
