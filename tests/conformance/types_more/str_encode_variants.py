s = "Grüße, 世界!"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii", "cp1252"]:
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
print(s.encode("ascii", "replace"), s.encode("utf-8", "strict").decode("utf-8") == s)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
