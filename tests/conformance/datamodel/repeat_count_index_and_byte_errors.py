for src in ("b''[0]", "ord(b'')", "del [].append", "[] * Idx(0)", "bytearray(b'')[0]", "'abc'[5]"):
    class Idx:
        def __init__(self, v): self.v = v
        def __index__(self): return self.v
    try:
        print(repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([1] * Idx(2), Idx(3) * [0], 'ab' * Idx(2), (1,) * Idx(2), b'x' * Idx(3))
