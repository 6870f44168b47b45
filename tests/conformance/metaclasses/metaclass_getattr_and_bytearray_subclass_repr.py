class Buf(bytearray):
    pass
print(Buf(), Buf(b'ab'), repr(Buf(b'x')))
class Meta(type):
    def __getattr__(cls, name):
        return 'virtual ' + name
class C(metaclass=Meta):
    pass
print(C.virtual, C.other)
