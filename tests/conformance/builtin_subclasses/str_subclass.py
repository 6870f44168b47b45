class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__)
print(type(u.lower()).__name__, type(u[1:]).__name__, type(u * 2).__name__)
print(u == "HELLO", "ELL" in u, len(u), list(u)[:2])
print(f"[{u:>8}]", u.startswith("HE"), u.split("L"))
d = {u: 1}
print(d["HELLO"])
