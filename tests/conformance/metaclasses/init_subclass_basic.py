class Plugin:
    plugins = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)

class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(Plugin.plugins)
