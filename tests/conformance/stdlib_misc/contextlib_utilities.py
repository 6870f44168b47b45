from contextlib import suppress, contextmanager, ExitStack, nullcontext
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
@contextmanager
def managed(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")
log = []
with ExitStack() as stack:
    names = [stack.enter_context(managed(n, log)) for n in "abc"]
    stack.callback(lambda: log.append("callback"))
    log.append(f"using {names}")
print(log)
with nullcontext(5) as v:
    print("nullcontext gives", v)
