import math, string as s
from collections import namedtuple as nt, OrderedDict
import os.path
print(math.pi, s.digits, nt("P", "x")(1), OrderedDict(a=1))
print(os.path.join("a", "b"), os.path.splitext("f.tar.gz"), os.path.basename("/x/y.py"))
import json as j
print(j.dumps({"k": [1, 2]}), j.loads('{"a": null}'))
