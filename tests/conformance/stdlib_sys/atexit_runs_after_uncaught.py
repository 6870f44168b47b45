import atexit
atexit.register(lambda: print("atexit handler ran"))
print("raising")
raise ValueError("uncaught after registering atexit")
