"""Generic (shallow and deep) copying operations (Quicken's copy).

copy() and deepcopy() with CPython 3.11's results for builtin containers,
class instances (via __dict__ and slots, __getstate__/__setstate__),
__copy__/__deepcopy__ and __reduce_ex__/__reduce__ hooks.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


def _function_types():
    def f():
        pass
    return (type(f), type(len), type(property()))


_FunctionType, _BuiltinFunctionType, _PropertyType = _function_types()

def _builtin_types(*names):
    # Only the builtin types this interpreter has.
    found = []
    for name in names:
        try:
            found.append(_builtin_scope[name])
        except KeyError:
            pass
    return tuple(found)


try:
    import builtins as _builtins_module
    _builtin_scope = _builtins_module.__dict__
except ImportError:
    _builtin_scope = {'int': int, 'float': float, 'bool': bool, 'str': str, 'tuple': tuple,
                      'frozenset': frozenset, 'type': type, 'range': range, 'slice': slice}

_ATOMIC_COPY = (_NoneType, _PropertyType, _BuiltinFunctionType, _EllipsisType,
                _NotImplementedType, _FunctionType) + _builtin_types(
    'int', 'float', 'bool', 'complex', 'str', 'tuple', 'bytes', 'frozenset', 'type', 'range',
    'slice')

_ATOMIC_DEEP = (_NoneType, _EllipsisType, _NotImplementedType, _BuiltinFunctionType,
                _FunctionType, _PropertyType) + _builtin_types(
    'int', 'float', 'bool', 'complex', 'bytes', 'str', 'type', 'range')

_UNPICKLABLE = ('generator', 'coroutine', 'async_generator', 'frame', 'module',
                'list_iterator', 'tuple_iterator', 'range_iterator', 'set_iterator',
                'str_ascii_iterator', 'str_iterator', 'dict_keyiterator',
                'dict_valueiterator', 'dict_itemiterator', 'zip', 'map', 'filter',
                'enumerate', 'reversed', 'dict_keys', 'dict_values', 'dict_items',
                'mappingproxy', 'cell')


def _defines(cls, name):
    # Does a class other than object define `name`?
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    return names


def _default_reduce(x):
    """The equivalent of object.__reduce_ex__(4) for Quicken objects."""
    cls = type(x)
    name = cls.__name__
    if name in _UNPICKLABLE and cls.__module__ == 'builtins':
        raise TypeError("cannot pickle '%s' object" % name)
    if isinstance(x, (set, frozenset)):
        state = getattr(x, '__dict__', None) or None
        return (cls, (list(x),), state)
    if _defines(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        func = _newobj_ex
        args = (cls, args, kwargs)
    else:
        if _defines(cls, '__getnewargs__'):
            args = x.__getnewargs__()
        elif isinstance(x, _VALUE_TYPES) and cls not in _VALUE_TYPES:
            for base in _VALUE_TYPES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
        else:
            args = ()
        func = _newobj
        args = (cls,) + tuple(args)
    if _defines(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        try:
            d = x.__dict__
        except AttributeError:
            d = None
        state = dict(d) if d else None
        slots = {}
        for slot in _slotnames(cls):
            try:
                slots[slot] = getattr(x, slot)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, args, state, listitems, dictitems)


_VALUE_TYPES = _builtin_types('bool', 'int', 'float', 'complex', 'str', 'bytes', 'tuple')


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x):
    cls = type(x)
    if _defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defines(cls, '__reduce__'):
        return x.__reduce__()
    return _default_reduce(x)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC_COPY:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC_DEEP:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif issubclass(cls, type):
        y = x
    elif cls.__name__ == 'method' and cls.__module__ == 'builtins':
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
