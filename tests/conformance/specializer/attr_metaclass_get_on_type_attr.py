# LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES/LOAD_ATTR_CLASS: class attribute is a class whose metaclass gains __get__ after warm-up
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
class C:
    attr = K
    def __init__(self):
        self.v = 1

def via_instance(o):
    return o.attr
def via_class(cls):
    return cls.attr

c = C()
n = 0
for i in range(300):
    n += via_instance(c) is K
    n += via_class(C) is K
print("warm", n)

Meta.__get__ = lambda self, obj, typ: ("got", obj is None, typ.__name__)
res = set()
for i in range(100):
    res.add(via_instance(c))
    res.add(via_class(C))
print("meta gains __get__", sorted(map(str, res)))

del Meta.__get__
print("removed", sum(via_instance(c) is K for i in range(80)), sum(via_class(C) is K for i in range(80)))
