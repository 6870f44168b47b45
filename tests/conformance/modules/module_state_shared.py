import _helper_counter
from _helper_counter import bump, count, items

bump()
bump()
print(_helper_counter.count, count, items, _helper_counter.items is items)
_helper_counter.count = 100
print(bump(), _helper_counter.count, count)
