import _helper_counter as c1
from _helper_counter import count as snapshot
c1.bump()
print(snapshot, c1.count)
from _helper_counter import count as snapshot2
print(snapshot2)
import _helper_counter
print(_helper_counter is c1)
c1.count = "reset"
from _helper_counter import count
print(count)
