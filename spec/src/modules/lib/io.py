"""In-memory text and byte streams (Quicken's io): StringIO and BytesIO
with the behaviour and messages of CPython 3.11's _io implementations."""

__all__ = ['StringIO', 'BytesIO', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _size_arg(size):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    meth = getattr(type(size), '__index__', None)
    if meth is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return meth(size)


def _index_arg(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


class StringIO:
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl == '\r' or nl == '\r\n':
            return s.replace('\n', nl)
        return s

    def _flat(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = []
        return self._buf

    def _write(self, s):
        s = self._translate(s)
        n = len(s)
        if n == 0:
            return
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
            self._len += n
            self._pos = pos + n
            return
        buf = self._flat()
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        buf = buf[:pos] + s + buf[pos + n:]
        self._buf = buf
        self._len = len(buf)
        self._pos = pos + n

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._flat()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(s)
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return ''
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, start, limit):
        buf = self._flat()
        nl = self._newline
        if nl == '':
            i = start
            n = len(buf)
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        sep = '\n' if nl is None else nl
        i = buf.find(sep, start)
        if i < 0:
            return len(buf)
        return i + len(sep)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = self._line_end(pos, size)
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = self._len
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index_arg(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._buf = self._flat()[:size]
            self._len = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class BytesIO:
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += initial_bytes
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return bytes()
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return bytes()
        i = buf.find(bytes([10]), pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=-1):
        lines = []
        total = 0
        hint = _size_arg(hint)
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index_arg(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
