class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

k = K(1)
d = {k: "value"}
print(d[K(1)], k in d)
k.v = 2
print(k in d, K(1) in d, K(2) in d, len(d))
print([x.v for x in d])
