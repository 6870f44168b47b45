s = {5, 3, 9, 1, 7}
out = []
while s:
    out.append(s.pop())
print(out)
t = set("abcdef")
print([t.pop() for _ in range(3)], t)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
