def gen(a, b=2):
    yield a + b

g = gen(1)
print(gen.__code__.co_flags & 0x20 != 0, (lambda: 0).__code__.co_flags & 0x20 != 0)
print(g.gi_code is gen.__code__, g.gi_yieldfrom)
import types
print(isinstance(g, types.GeneratorType), isinstance(gen, types.GeneratorType))
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
