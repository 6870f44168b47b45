print(repr({1}), str({"a"}), repr(set()), repr(frozenset({"q"})))
s = set()
s.add(s.__class__.__name__)
print(s)
print(f"{ {1, 2} }", "%s" % {3}, "{}".format(frozenset({4})))
class S(set):
    pass
print(S({1, 2}), repr(S()), frozenset([(1, "a")]))
