data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print(f"long list ({n})")
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
print([y for x in data if (y := x % 5)])
print((z := 10) + z, z)
def f():
    if (m := max(data)) > 10:
        return m
print(f())
print(x := 5, x)
