import _helper_registry
from _helper_registry import register, Base, registry

@register("double")
def double(x):
    return 2 * x

@_helper_registry.register("square")
def square(x):
    return x * x

print(sorted(registry), registry is _helper_registry.registry)
print({k: f(7) for k, f in sorted(registry.items())})
class Mine(Base):
    pass
Mine(); Base(); Mine()
print(Base.instances, _helper_registry.Base.instances, isinstance(Mine(), _helper_registry.Base))
