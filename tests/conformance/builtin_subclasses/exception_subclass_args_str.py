class AppError(Exception):
    pass

class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

for exc in [AppError(), AppError("one"), AppError("a", 2), CodeError(404, "not found")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise CodeError(500, "boom")
except AppError as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))
