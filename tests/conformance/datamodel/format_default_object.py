class Plain:
    def __str__(self):
        return "plain"

p = Plain()
print(format(p), f"{p}", "{}".format(p))
try:
    format(p, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{p:>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
