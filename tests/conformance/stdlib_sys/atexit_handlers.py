import atexit

def goodbye(name):
    print("goodbye", name)

atexit.register(goodbye, "first")
atexit.register(goodbye, "second")
@atexit.register
def last():
    print("decorated handler")
def removed():
    print("should not run")
atexit.register(removed)
atexit.unregister(removed)
print("main done")
