for val in (1, "s", [1], (1,), {}, 1.5, None):
    try:
        val.new_attr = 1
    except AttributeError as e:
        print(e)
def f():
    pass
f.new_attr = 1
print(f.new_attr)
class C: pass
C.new_attr = 2
print(C.new_attr)
