"""Functional tools for creating and using iterators (Quicken's itertools).

Written for Quicken after the documented behaviour of CPython 3.11's C
module: the same results, laziness, reprs and error messages for the common
API. Every iterator is a class, so type names and default reprs match
("<itertools.chain object at ...>").
"""

_NONE = object()


def _index_or_none(v):
    # PyNumber_AsSsize_t semantics for islice: an int-like value or failure.
    if v is None:
        return None
    try:
        i = v.__index__()
    except Exception:
        return _NONE
    if not isinstance(i, int):
        return _NONE
    return i


def _clinic(fname, args, kwargs, names, minpos, maxpos):
    """Argument Clinic style parsing with CPython's messages: names[:maxpos]
    are positional-or-keyword, the rest keyword-only; returns the values
    (_NONE where not given)."""
    nargs = len(args)
    maxargs = len(names)
    if nargs + len(kwargs) > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)" % (
            fname, maxargs, "keyword " if nargs == 0 else "", "" if maxargs == 1 else "s",
            nargs + len(kwargs)))
    if nargs > maxpos:
        raise TypeError("%s() takes %s %d positional argument%s (%d given)" % (
            fname, "at most" if minpos < maxpos else "exactly", maxpos,
            "" if maxpos == 1 else "s", nargs))
    values = list(args)
    used = 0
    for i in range(nargs, maxargs):
        name = names[i]
        if name in kwargs:
            values.append(kwargs[name])
            used += 1
        else:
            if i < minpos:
                raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, i + 1))
            values.append(_NONE)
    if used != len(kwargs):
        for k in kwargs:
            if k not in names[nargs:]:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
    return values


def _is_number(v):
    t = type(v)
    for name in ("__index__", "__int__", "__float__", "__complex__"):
        if hasattr(t, name):
            return True
    return False


def _bad_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(name + "() takes no keyword arguments")


def _nargs(name, args, lo, hi):
    n = len(args)
    if n < lo:
        if lo == hi:
            raise TypeError("%s expected %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise TypeError("%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
    if n > hi:
        if lo == hi:
            raise TypeError("%s expected %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))
        raise TypeError("%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, *args, **kwargs):
        start, step = _clinic("count", args, kwargs, ("start", "step"), 0, 2)
        if start is _NONE:
            start = 0
        if step is _NONE:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            # CPython's fast mode: plain ints.
            start = int(start)
            step = 1
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return "%s(%r)" % (type(self).__name__, self._cnt)
        return "%s(%r, %r)" % (type(self).__name__, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, *args, **kwargs):
        if type(self) is cycle:
            _bad_kwargs("cycle", kwargs)
        _nargs("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                if not self._firstpass:
                    self._saved.append(item)
                return item
            self._firstpass = True
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, *args, **kwargs):
        object, times = _clinic("repeat", args, kwargs, ("object", "times"), 1, 2)
        self._element = object
        if times is _NONE:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                try:
                    times = times.__index__()
                except AttributeError:
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__) from None
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return "%s(%r)" % (type(self).__name__, self._element)
        return "%s(%r, %d)" % (type(self).__name__, self._element, self._cnt)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _clinic("accumulate", args, kwargs, ("iterable", "func", "initial"), 1, 2)
        if func is _NONE:
            func = None
        if initial is _NONE:
            initial = None
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NONE

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        total = self._total
        if total is _NONE:
            newtotal = val
        elif self._func is None:
            newtotal = total + val
        else:
            newtotal = self._func(total, val)
        self._total = newtotal
        return newtotal


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        if type(self) is chain:
            _bad_kwargs("chain", kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, *args, **kwargs):
        data, selectors = _clinic("compress", args, kwargs, ("data", "selectors"), 2, 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, *args, **kwargs):
        if type(self) is dropwhile:
            _bad_kwargs("dropwhile", kwargs)
        _nargs("dropwhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, *args, **kwargs):
        if type(self) is takewhile:
            _bad_kwargs("takewhile", kwargs)
        _nargs("takewhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, *args, **kwargs):
        if type(self) is filterfalse:
            _bad_kwargs("filterfalse", kwargs)
        _nargs("filterfalse", args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        while True:
            item = next(it)
            if func is None or func is bool:
                ok = item
            else:
                ok = func(item)
            if not ok:
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, *args, **kwargs):
        iterable, key = _clinic("groupby", args, kwargs, ("iterable", "key"), 1, 2)
        if key is _NONE:
            key = None
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NONE
        self._currkey = _NONE
        self._currvalue = _NONE
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NONE:
                pass
            elif self._tgtkey is _NONE:
                break
            else:
                t = self._tgtkey
                c = self._currkey
                if not (t is c or t == c):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NONE:
            gbo._step()
        t = self._tgtkey
        c = gbo._currkey
        if not (t is c or t == c):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NONE
        return r


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_IDX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_MAXSIZE = 9223372036854775807


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        if type(self) is islice:
            _bad_kwargs("islice", kwargs)
        _nargs("islice", args, 2, 4)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        if len(args) == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _index_or_none(a1)
                if stop is _NONE or stop == -1 or stop > _MAXSIZE:
                    raise ValueError(_STOP_MSG)
        else:
            a1 = args[1]
            a2 = args[2]
            if a1 is not None:
                start = _index_or_none(a1)
                if start is _NONE or start > _MAXSIZE:
                    start = -1
            if a2 is not None:
                stop = _index_or_none(a2)
                if stop is _NONE or stop == -1 or stop > _MAXSIZE:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_IDX_MSG)
        if len(args) == 4:
            a3 = args[3]
            if a3 is not None:
                step = _index_or_none(a3)
                if step is _NONE or step > _MAXSIZE:
                    step = -1
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next = oldnext + self._step
        if self._next > _MAXSIZE or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, *args, **kwargs):
        if type(self) is starmap:
            _bad_kwargs("starmap", kwargs)
        _nargs("starmap", args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self):
        self.value = _NONE
        self.next = None


class _tee:
    def __init__(self, *args):
        if len(args) == 1:
            it = iter(args[0])
            if isinstance(it, _tee):
                self._source = it._source
                self._link = it._link
            else:
                self._source = [it]
                self._link = _tee_link()
        else:
            self._source = args[0]
            self._link = args[1]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source[0])
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _nargs("tee", args, 1, 2)
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    if not isinstance(n, int):
        try:
            n = n.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__) from None
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(type(it), "__copy__"):
        first = it
    else:
        first = _tee(it)
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._its = [iter(x) for x in iterables]
        self._numactive = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._numactive == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                its[i] = None
                item = self._fill
            except BaseException:
                self._numactive = 0
                raise
            result.append(item)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for k in kwargs:
            if k != "repeat":
                raise TypeError("'%s' is an invalid keyword argument for product()" % k)
        if "repeat" in kwargs:
            repeat = kwargs["repeat"]
            if not isinstance(repeat, int):
                try:
                    repeat = repeat.__index__()
                except AttributeError:
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__) from None
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        indices = self._indices
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                result[i] = pool[indices[i]]
                return tuple(result)
        self._done = True
        raise StopIteration


def _r_arg(r):
    if not isinstance(r, int):
        try:
            r = r.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__) from None
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic("combinations", args, kwargs, ("iterable", "r"), 2, 2)
        self._pool = tuple(iterable)
        self._r = _r_arg(r)
        self._indices = None
        self._done = self._r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2, 2)
        self._pool = tuple(iterable)
        self._r = _r_arg(r)
        self._indices = None
        self._done = not self._pool and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple(pool[i] for i in indices)


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic("permutations", args, kwargs, ("iterable", "r"), 1, 2)
        if r is _NONE:
            r = None
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            if r < 0:
                raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        n = len(pool)
        r = self._r
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[i] for i in self._indices[:r])
        if n == 0:
            self._done = True
            raise StopIteration
        indices = self._indices
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, *args, **kwargs):
        if type(self) is pairwise:
            _bad_kwargs("pairwise", kwargs)
        _nargs("pairwise", args, 1, 1)
        self._it = iter(args[0])
        self._old = _NONE

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _NONE:
                old = next(it)
                self._old = old
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _NONE
            raise
        self._old = new
        return (old, new)
