def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected digits, got {s!r}") from None

print(convert("12"))
convert("1x")
