import collections.abc as cabc
from collections import deque, OrderedDict, Counter
for obj in [[], (), {}, set(), "s", b"b", deque(), range(3), iter([]), (x for x in ()), OrderedDict(), Counter(), 5]:
    print(type(obj).__name__, isinstance(obj, cabc.Iterable), isinstance(obj, cabc.Sequence), isinstance(obj, cabc.MutableSequence),
          isinstance(obj, cabc.Mapping), isinstance(obj, cabc.Set), isinstance(obj, cabc.Iterator), isinstance(obj, cabc.Hashable))
