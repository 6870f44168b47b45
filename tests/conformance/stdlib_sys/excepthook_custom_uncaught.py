import sys

def hook(exc_type, exc, tb):
    print("custom hook:", exc_type.__name__, exc, tb is not None)

sys.excepthook = hook
print("about to fail")
raise RuntimeError("handled by custom excepthook")
