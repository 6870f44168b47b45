class Custom(Exception):
    def __init__(self, value):
        self.value = value

e = Custom(5)
print(e.args, repr(e), str(e), e.value)
class Custom2(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
print(Custom2(1, 2).args, str(Custom2(1, 2)))
try:
    raise Custom(7)
except Custom as ex:
    print(type(ex).__name__, ex.value)
