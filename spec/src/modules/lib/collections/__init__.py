"""Container datatypes (Quicken's collections).

deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict,
UserList and UserString with the results, reprs and messages of CPython
3.11 for the common API. Written for Quicken: no exec, no C accelerators.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

_MISSING = object()
_repr_running = set()


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    t = type(obj)
    return hasattr(t, 'keys') and hasattr(t, '__getitem__') and hasattr(t, 'items')


def _as_index(i, what):
    if isinstance(i, int):
        return i
    meth = getattr(type(i), '__index__', None)
    if meth is None:
        raise TypeError(what % type(i).__name__)
    return meth(i)


# ---------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    __hash__._unhashable = True

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._n = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError("deque() takes at most 2 arguments (%d given)" % len(args))
        iterable = args[0] if args else _MISSING
        maxlen = args[1] if len(args) > 1 else None
        for k in kwargs:
            if k == 'iterable' and len(args) < 1:
                iterable = kwargs[k]
            elif k == 'maxlen' and len(args) < 2:
                maxlen = kwargs[k]
            elif k in ('iterable', 'maxlen'):
                pos = 1 if k == 'iterable' else 2
                raise TypeError("argument for deque() given by name ('%s') and position (%d)" % (k, pos))
            else:
                raise TypeError("'%s' is an invalid keyword argument for deque()" % k)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._n > 0:
            self.clear()
        if iterable is not _MISSING:
            self.extend(iterable)

    # -- internals
    def _grow(self):
        buf = self._buf
        cap = len(buf)
        head = self._head
        new = buf[head:] + buf[:head]
        new.extend([None] * cap)
        self._buf = new
        self._head = 0

    def _items(self):
        buf = self._buf
        head = self._head
        n = self._n
        end = head + n
        cap = len(buf)
        if end <= cap:
            return buf[head:end]
        return buf[head:] + buf[:end - cap]

    def _set_items(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        buf = list(items)
        buf.extend([None] * (cap - len(buf)))
        self._buf = buf
        self._head = 0
        self._n = len(items)

    def _norm_index(self, i):
        i = _as_index(i, "sequence index must be integer, not '%s'")
        n = self._n
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    # -- public API
    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._n >= maxlen:
            if maxlen == 0:
                return
            buf = self._buf
            head = self._head
            buf[head] = None
            self._head = (head + 1) & (len(buf) - 1)
            self._n -= 1
        if self._n == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._n) & (len(buf) - 1)] = x
        self._n += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._n >= maxlen:
            if maxlen == 0:
                return
            buf = self._buf
            buf[(self._head + self._n - 1) & (len(buf) - 1)] = None
            self._n -= 1
        if self._n == len(self._buf):
            self._grow()
        buf = self._buf
        head = (self._head - 1) & (len(buf) - 1)
        buf[head] = x
        self._head = head
        self._n += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if self._n == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        self._n -= 1
        i = (self._head + self._n) & (len(buf) - 1)
        x = buf[i]
        buf[i] = None
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._n == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        head = self._head
        x = buf[head]
        buf[head] = None
        self._head = (head + 1) & (len(buf) - 1)
        self._n -= 1
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for _ in it:
                pass
            return
        append = self.append
        for x in it:
            append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for _ in it:
                pass
            return
        appendleft = self.appendleft
        for x in it:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        if self._n:
            self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._n = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            new = deque.__new__(deque)
            new._maxlen = self._maxlen
            new._set_items(self._items())
            return new
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        c = 0
        for i in range(self._n):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            eq = item is value or item == value
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if eq:
                c += 1
        return c

    def index(self, value, start=0, stop=_MISSING, /):
        """Return first index of value."""
        n = self._n
        start = _slice_index(start)
        stop = n if stop is _MISSING else _slice_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start > stop:
            start = stop
        state = self._state
        for i in range(start, stop):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            eq = item is value or item == value
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if eq:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _as_index(index, "'%s' object cannot be interpreted as an integer")
        if self._maxlen is not None and self._n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = self._n
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        items = self._items()
        items.insert(index, value)
        self._state += 1
        self._set_items(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        state = self._state
        n = self._n
        for i in range(n):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            eq = item is value or item == value
            if state != self._state:
                raise IndexError("deque mutated during remove().")
            if eq:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_index(n, "'%s' object cannot be interpreted as an integer")
        length = self._n
        self._state += 1
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._items()
        self._set_items(items[length - n:] + items[:length - n])

    def __len__(self):
        return self._n

    def __bool__(self):
        return self._n != 0

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        state = self._state
        for i in range(self._n):
            buf = self._buf
            item = buf[(self._head + i) & (len(buf) - 1)]
            eq = item is value or item == value
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if eq:
                return True
        return False

    def __getitem__(self, index):
        i = self._norm_index(index)
        buf = self._buf
        return buf[(self._head + i) & (len(buf) - 1)]

    def __setitem__(self, index, value):
        i = self._norm_index(index)
        buf = self._buf
        buf[(self._head + i) & (len(buf) - 1)] = value

    def __delitem__(self, index):
        i = self._norm_index(index)
        items = self._items()
        del items[i]
        self._state += 1
        self._set_items(items)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if self is other:
            return True
        if self._n != other._n:
            return False
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if self is other:
            return False
        if self._n != other._n:
            return True
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        new = self.__copy__()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            if not hasattr(type(n), '__index__'):
                raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
            n = type(n).__index__(n)
        if n <= 0:
            self.clear()
            return self
        if n == 1 or self._n == 0:
            return self
        items = self._items()
        if self._maxlen is not None and len(items) * n > self._maxlen:
            self._state += 1
            for _ in range(n - 1):
                for x in items:
                    self.append(x)
            return self
        self._state += 1
        self._set_items(items * n)
        return self

    def __reduce__(self):
        return (type(self), ((), self._maxlen), None, iter(self))


def _slice_index(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("slice indices must be integers or have an __index__ method")
    return meth(v)


class _deque_iterator:
    def __init__(self, dq, rev):
        self._dq = dq
        self._state = dq._state
        self._i = 0
        self._rev = rev
        self._count = dq._n

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        if dq is None or self._count == 0:
            self._dq = None
            raise StopIteration
        if dq._state != self._state:
            self._count = 0
            raise RuntimeError("deque mutated during iteration")
        i = self._i
        n = dq._n
        if self._rev:
            i = n - 1 - i
        buf = dq._buf
        item = buf[(dq._head + i) & (len(buf) - 1)]
        self._i += 1
        self._count -= 1
        return item

    def __length_hint__(self):
        return self._count


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- OrderedDict

class _OrderedView:
    _kind = ''

    def __init__(self, od):
        self._mapping = od

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self._kind, list(self))


class odict_keys(_OrderedView):
    _kind = 'odict_keys'

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return dict.keys(self._mapping) == other

    def __ne__(self, other):
        return dict.keys(self._mapping) != other

    def __and__(self, other):
        return dict.keys(self._mapping) & other

    def __or__(self, other):
        return dict.keys(self._mapping) | other

    def __sub__(self, other):
        return dict.keys(self._mapping) - other

    def __xor__(self, other):
        return dict.keys(self._mapping) ^ other

    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(other)

    __hash__ = None


class odict_values(_OrderedView):
    _kind = 'odict_values'

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __contains__(self, value):
        for v in dict.values(self._mapping):
            if v is value or v == value:
                return True
        return False


class odict_items(_OrderedView):
    _kind = 'odict_items'

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        return item in dict.items(self._mapping)

    def __eq__(self, other):
        return dict.items(self._mapping) == other

    def __ne__(self, other):
        return dict.items(self._mapping) != other

    def __and__(self, other):
        return dict.items(self._mapping) & other

    def __or__(self, other):
        return dict.items(self._mapping) | other

    def __sub__(self, other):
        return dict.items(self._mapping) - other

    def __xor__(self, other):
        return dict.items(self._mapping) ^ other

    def isdisjoint(self, other):
        return dict.items(self._mapping).isdisjoint(other)

    __hash__ = None


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(type(other), 'keys'):
            if isinstance(other, dict) and not hasattr(type(other), '__missing__'):
                for key in other:
                    self[key] = other[key]
            else:
                for key in other.keys():
                    self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, default=_MISSING):
        if key in self:
            return dict.pop(self, key)
        if default is _MISSING:
            raise KeyError(key)
        return default

    def __reduce__(self):
        return self.__class__, (), None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- namedtuple

class _tuplegetter:
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _name_list(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


def _bind(qualname, posnames, kwonly, defaults, args, kwargs):
    """Bind args/kwargs to parameters like CPython's function call,
    with CPython's messages. Returns the values in parameter order."""
    npos = len(posnames)
    nargs = len(args)
    values = {}
    for i in range(nargs if nargs < npos else npos):
        values[posnames[i]] = args[i]
    for k in kwargs:
        if k in posnames or k in kwonly:
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
            values[k] = kwargs[k]
        else:
            if not isinstance(k, str):
                raise TypeError("%s() keywords must be strings" % qualname)
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
    if nargs > npos:
        co_argcount = npos + 1
        given = nargs + 1
        defcount = 0
        for n in posnames:
            if n in defaults:
                defcount += 1
        if defcount:
            sig = 'from %d to %d' % (co_argcount - defcount, co_argcount)
            plural = True
        else:
            sig = '%d' % co_argcount
            plural = co_argcount != 1
        kwonly_given = 0
        for n in kwonly:
            if n in values:
                kwonly_given += 1
        kwonly_sig = ''
        if kwonly_given:
            kwonly_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
                's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
            qualname, sig, 's' if plural else '', given, kwonly_sig,
            'was' if given == 1 and not kwonly_given else 'were'))
    missing = [n for n in posnames if n not in values and n not in defaults]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s' % (
            qualname, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
    missing = [n for n in kwonly if n not in values and n not in defaults]
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s' % (
            qualname, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
    out = []
    for n in posnames:
        out.append(values[n] if n in values else defaults[n])
    for n in kwonly:
        out.append(values[n] if n in values else defaults[n])
    return out


def _caller_module(depth):
    try:
        import sys
        return sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join([name + '=%r' for name in field_names]) + ')'
    new_qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, _bind(new_qualname, field_names, (), field_defaults, args, kwargs))

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__qualname__ = typename + '._make'

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__qualname__ = typename + '._replace'
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    __repr__.__qualname__ = typename + '.__repr__'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    _asdict.__qualname__ = typename + '._asdict'

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    __getnewargs__.__qualname__ = typename + '.__getnewargs__'

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    if module is None:
        module = _caller_module(1)
    class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    return result


# ---------------------------------------------------------------- Counter

class Counter(dict):
    '''Dict subclass for counting hashable items.'''

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.'''
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if not isinstance(n, int):
            n = _as_index(n, "'%s' object cannot be interpreted as an integer")
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        from itertools import chain, starmap, repeat
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def _all(self, other, test):
        for c in (self, other):
            for e in c:
                if not test(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _op_eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _op_le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _op_ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _op_eq(a, b):
    return a == b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b


# ---------------------------------------------------------------- mapping views (for ChainMap, UserDict)

class _MappingView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(_MappingView):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping

    def __eq__(self, other):
        return set(self) == set(other) if isinstance(other, (set, frozenset, KeysView)) else NotImplemented

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True


class ItemsView(_MappingView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class _MutableMappingMixin:
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- ChainMap

class ChainMap(_MutableMappingMixin):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---------------------------------------------------------------- UserDict, UserList, UserString

class UserDict(_MutableMappingMixin):
    """A more or less complete user-defined wrapper around dictionary objects."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A user-defined wrapper around string objects."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def endswith(self, suffix, start=0, end=9223372036854775807):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, start=0, end=9223372036854775807):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def startswith(self, prefix, start=0, end=9223372036854775807):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
