import traceback
try:
    int("abc")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(e)).strip())
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(traceback.format_exception_only(Custom, Custom()))
print(traceback.format_exception_only(KeyError, KeyError("k")))
