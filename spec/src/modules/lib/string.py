"""A collection of string constants and helpers (Quicken's string)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, mapping, safe):
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + dl
            if t.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                name = t[k:e]
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[j:e])
                else:
                    out.append(str(mapping[name]))
                i = e
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(t[e]):
                    e += 1
                    while e < n and _is_ident_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        if safe:
                            try:
                                out.append(str(mapping[name]))
                            except KeyError:
                                out.append(t[j:e + 1])
                        else:
                            out.append(str(mapping[name]))
                        i = e + 1
                        continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []
        rec = _Recorder(ids)
        self._scan(rec, True)
        return ids


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _AnyMapping:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self, ids):
        self.ids = ids

    def __getitem__(self, key):
        if key not in self.ids:
            self.ids.append(key)
        return ''


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
