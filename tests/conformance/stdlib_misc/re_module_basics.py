import re
text = "Contact: ann@example.com, bob@test.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text), re.findall(r"\d{3}-\d{4}", text))
m = re.search(r"(\w+)@(\w+)\.(\w+)", text)
print(m.group(0), m.group(1, 3), m.groups(), m.span(), m.start(2))
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@", r"<\1>@", "x@y"), re.subn("a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.match(r"\d+", "abc"), re.fullmatch(r"\w+", "abc_1") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
print([m.groupdict() for m in pat.finditer("a=1 b=22 c=x")], pat.pattern)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.escape("a.b*c"))
