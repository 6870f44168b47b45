import sys

def inner():
    try:
        print("inner: exiting")
        sys.exit(4)
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("outer finally")

outer()
print("not reached")
