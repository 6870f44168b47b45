class ValidationError(ValueError):
    def __init__(self, field, *, reason="invalid"):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

errs = []
for field in ["name", "age"]:
    try:
        raise ValidationError(field, reason="empty" if field == "name" else "negative")
    except ValueError as e:
        errs.append(e)
for e in errs:
    print(repr(e), e.field, e.reason)
e = errs[0]
e.add_note("while parsing row 3")
print(e.__notes__)
