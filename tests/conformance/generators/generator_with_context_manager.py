from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("caught", e)

@contextmanager
def suppress_key():
    try:
        yield
    except KeyError as e:
        print("suppressed", e)
with suppress_key():
    {}["missing"]
print("continues")
