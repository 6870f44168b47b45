class Meta(type):
    @property
    def registry_size(cls):
        return len(cls.registry)

class Plugin(metaclass=Meta):
    registry = [1, 2, 3]

print(Plugin.registry_size)
try:
    Plugin().registry_size
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Plugin).__name__)
