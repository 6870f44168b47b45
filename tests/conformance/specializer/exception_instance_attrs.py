# LOAD_ATTR/STORE_ATTR on exception instances (exception layout), then exception classes gaining properties
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

def code_of(e):
    return e.code
def args_of(e):
    return e.args
def set_note(e, v):
    e.note = v

t = 0
for i in range(300):
    try:
        raise MyErr(i)
    except MyErr as e:
        t += code_of(e)
        set_note(e, i)
        args_of(e)
print("warm", t)

MyErr.code = property(lambda self: -1, lambda self, v: None)
t = 0
for i in range(100):
    t += code_of(MyErr(i))
print("property", t)
del MyErr.code
e = MyErr(5)
print("args", set(args_of(e) for i in range(80)), args_of(ValueError(1, 2)), str(e))
errs = set()
for i in range(80):
    try:
        code_of(ValueError("x"))
    except AttributeError as ex:
        errs.add(str(ex))
print("missing", sorted(errs))
for i in range(100):
    set_note(e, i)
print("note", e.note, sorted(vars(e)))
