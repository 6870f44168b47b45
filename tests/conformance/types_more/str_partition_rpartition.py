for s in ["key=value", "a=b=c", "novalue", "=lead", "trail=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
