import importlib
import _helper_counter
_helper_counter.bump()
_helper_counter.bump()
print(_helper_counter.count, _helper_counter.items)
old_bump = _helper_counter.bump
mod = importlib.reload(_helper_counter)
print(mod is _helper_counter, _helper_counter.count, _helper_counter.items, old_bump is _helper_counter.bump)
old_bump()
print(_helper_counter.count)
