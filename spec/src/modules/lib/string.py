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


def _formatter_parser(s):
    """CPython's MarkupIterator: (literal, field_name, format_spec, conversion)."""
    pos = 0
    end = len(s)
    while pos < end:
        start = pos
        c = ''
        markup_follows = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup_follows and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup_follows:
            if s[pos] == c:
                pos += 1
                markup_follows = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        # parse_field
        fstart = pos
        c = ''
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < end and s[pos] != ']':
                    pos += 1
                c = ''
                continue
            if c == '}' or c == ':' or c == '!':
                break
            c = ''
        field_name = s[fstart:pos - 1] if c else s[fstart:pos]
        conversion = None
        format_spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= end:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < end:
                    c2 = s[pos]
                    pos += 1
                    if c2 == '}':
                        yield (literal, field_name, '', conversion)
                        continue
                    if c2 != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            count = 1
            closed = False
            while pos < end:
                c3 = s[pos]
                pos += 1
                if c3 == '{':
                    count += 1
                elif c3 == '}':
                    count -= 1
                    if count == 0:
                        format_spec = s[spec_start:pos - 1]
                        closed = True
                        break
            if not closed:
                raise ValueError("unmatched '{' in format spec")
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, field_name, format_spec, conversion)


def _get_integer(s):
    if not s:
        return -1
    for ch in s:
        if not ('0' <= ch <= '9'):
            return -1
    return int(s)


def _formatter_field_name_split(field_name):
    """CPython's field_name_split: (first, [(is_attribute, key), ...])."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    idx = _get_integer(first)
    if idx != -1:
        first = idx
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
        elif c == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = field_name[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            key = _get_integer(name)
            rest.append((False, name if key == -1 else key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
