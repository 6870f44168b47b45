import _pkg
print(_pkg.PKG_CONST, _pkg.exported_helper(1), _pkg._sub.helper(2))
print(_pkg.__name__, _pkg._sub.__name__, _pkg._sub.__package__)
print(_pkg._sub.uses_parent())
from _pkg import _other
print(_other.combined(), _other.__name__)
import _pkg._sub as sub_alias
print(sub_alias is _pkg._sub)
