# member_descriptor's __get__/__set__/__delete__ called directly, and
# deleting an empty slot (CPython 3.11 names only the slot).
class P:
    __slots__ = ("x",)
p = P()
print(P.x.__get__(None, P) is P.x)
P.x.__set__(p, 3); print(p.x)
P.x.__delete__(p)
try: P.x.__delete__(p)
except AttributeError as e: print(e)
try: P.x.__get__(p)
except AttributeError as e: print(e)
try: P.x.__get__(3)
except TypeError as e: print(e)
q = P()
try:
    del q.x
except AttributeError as e:
    print(repr(e))
