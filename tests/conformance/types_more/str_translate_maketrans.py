t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), t)
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "AB", "xyz")
print("abxyzba".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
class Lookup:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("feed".translate(Lookup()))
