"""Quicken oracle driver: the Python half of the in-process runner.

`begin` prepares the interpreter so that executing a program in the returned
globals looks to the program like `python3.11 path`; Rust then runs the file
with PyRun_FileExFlags (the same C path `python3.11 path` takes, so no driver
frame sits under `<module>` and the recursion depth matches); `finish` does
what CPython's top level does after the program (SystemExit handling,
traceback printing, atexit, final garbage collection) and then undoes every
change it knows of so the next program starts clean.
"""

import atexit
import builtins
import gc
import io
import linecache
import os
import sys
import sysconfig
import tempfile
import tokenize
import types
import warnings
from importlib.machinery import SourceFileLoader
from traceback import clear_frames

_real_open = io.open
_c_excepthook = sys.__excepthook__
RECURSION_LIMIT = 1000
INT_MAX_STR_DIGITS = sys.get_int_max_str_digits()
# Modules imported from here stay in sys.modules between runs (importing them
# again would only cost time); anything else a program imports is dropped.
_KEEP_PREFIXES = tuple(
    {
        os.path.join(os.path.realpath(p), "")
        for k, p in sysconfig.get_paths().items()
        if k in ("stdlib", "platstdlib", "purelib", "platlib")
    }
)
_SYS_STREAMS = ("stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__")
_SYS_HOOKS = ("excepthook", "displayhook", "breakpointhook", "unraisablehook")


class _Sink(io.BytesIO):
    """A byte buffer that keeps its contents when the program closes the stream."""

    kept = b""

    def close(self):
        if not self.closed:
            self.kept = self.getvalue()
        super().close()

    def data(self):
        return self.kept if self.closed else self.getvalue()


def _stream(sink, errors, line_buffering):
    # Like CPython's own stdio under PYTHONIOENCODING=utf-8 on a pipe.
    return io.TextIOWrapper(
        sink, encoding="utf-8", errors=errors, newline="\n", line_buffering=line_buffering
    )


def _source_lines(source):
    """The source as linecache would read it from the file (PEP 263 decoding),
    for programs that look at their own source (traceback, inspect)."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        text = source.decode(encoding)
    except Exception:
        return None
    return io.StringIO(text, newline=None).readlines()


def _keep_module(module):
    try:
        origin = module.__spec__.origin
    except Exception:
        return False
    if origin in (None, "built-in", "frozen"):
        return origin is not None
    return os.path.realpath(origin).startswith(_KEEP_PREFIXES)


class Run:
    """One program's run: the saved interpreter state and the capture buffers."""

    def __init__(self, source, filename):
        self.filename, self.source = filename, source
        self.served = None  # the temporary copy _open hands out
        self.out_sink, self.err_sink = _Sink(), _Sink()
        self.out = _stream(self.out_sink, "strict", False)
        self.err = _stream(self.err_sink, "backslashreplace", True)
        stdin = _stream(io.BytesIO(), "strict", False)
        self.saved_streams = {n: getattr(sys, n) for n in _SYS_STREAMS}
        self.saved_hooks = {n: getattr(sys, n) for n in _SYS_HOOKS}
        self.saved_argv = sys.argv
        self.saved_path = list(sys.path)
        self.saved_meta_path = list(sys.meta_path)
        self.saved_path_hooks = list(sys.path_hooks)
        self.saved_modules = set(sys.modules)
        self.saved_main = sys.modules.get("__main__")
        self.saved_builtins = dict(builtins.__dict__)
        self.saved_filters = list(warnings.filters)
        self.saved_cwd = os.getcwd()
        self.saved_gc = (gc.isenabled(), gc.get_threshold())
        self.saved_linecache = linecache.cache.get(filename)

        module = types.ModuleType("__main__")
        self.globals = module.__dict__
        self.globals.update(
            __loader__=SourceFileLoader("__main__", filename),
            __annotations__={},
            __builtins__=builtins,
            __file__=filename,
            __cached__=None,
        )
        self.module = module
        lines = _source_lines(source)
        if lines is not None:
            # mtime None: linecache.checkcache never drops or rereads it.
            linecache.cache[filename] = (len(source), None, lines, filename)
        script_dir = os.path.dirname(os.path.realpath(filename))
        finder = sys.path_importer_cache.get(script_dir)
        if finder is not None and hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()  # the directory may have new modules

        sys.stdin = sys.__stdin__ = stdin
        sys.stdout = sys.__stdout__ = self.out
        sys.stderr = sys.__stderr__ = self.err
        sys.argv = [filename]
        sys.path.insert(0, script_dir)
        sys.modules["__main__"] = module
        sys.setrecursionlimit(RECURSION_LIMIT)
        sys.set_int_max_str_digits(INT_MAX_STR_DIGITS)

    def finish(self, exc):
        """Returns (stdout bytes, stderr bytes, exit_code, exception or None).

        exception is (type_name, message, traceback_text).
        """
        self._restore_builtins()
        exit_code, info = 0, None
        if exc is not None:
            if isinstance(exc, SystemExit):
                exit_code = self._system_exit(exc)
            else:
                info = self._uncaught(exc)
                exit_code = 130 if isinstance(exc, KeyboardInterrupt) else 1
        # What CPython's finalization does next: atexit, then drop the last
        # exception (sys.last_traceback), then collect __main__.
        try:
            atexit._run_exitfuncs()
        except BaseException:
            pass
        atexit._clear()
        _release(exc)
        exc = None
        self.globals = self.module = None
        sys.modules.pop("__main__", None)
        gc.collect()
        for stream in (self.out, self.err):
            try:
                stream.flush()
            except Exception:
                pass
        stdout, stderr = self.out_sink.data(), self.err_sink.data()
        self._restore()
        return stdout, stderr, exit_code & 0xFF, info

    def _system_exit(self, exc):
        # CPython's _Py_HandleSystemExit.
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            # C's exit((int)PyLong_AsLong(code)); the OS keeps the low byte.
            return code & 0xFF if -(2**63) <= code < 2**63 else 0xFF
        try:
            sys.stderr.write(str(code))
        except BaseException:
            pass
        try:
            sys.stderr.write("\n")
        except BaseException:
            pass
        return 1

    def _uncaught(self, exc):
        """Prints `exc` as CPython's top level does and returns
        (type_name, message, traceback_text).

        The text comes from sys.excepthook, by default CPython's C traceback
        printer, not from the traceback module: the two differ in details
        (SyntaxError carets, for one) and the C one is what `python3.11`
        shows. It reads each frame's source line with io.open(name, "rb"),
        so io.open serves the program's file from the bytes that were run.
        """
        capture = io.StringIO()
        program_stderr, sys.stderr = sys.stderr, capture
        io.open = self._open
        try:
            _print_exception(exc)
        finally:
            io.open = _real_open
            sys.stderr = program_stderr
            if self.served is not None:
                os.unlink(self.served)
        text = capture.getvalue()
        if program_stderr is not None:
            try:
                program_stderr.write(text)
            except BaseException:
                pass
        cls = type(exc)
        type_name = cls.__qualname__
        if cls.__module__ not in ("__main__", "builtins"):
            module = cls.__module__ if isinstance(cls.__module__, str) else "<unknown>"
            type_name = module + "." + type_name
        try:
            # A SyntaxError's last line shows its msg (print_file_and_line).
            shown = exc.msg if hasattr(exc, "print_file_and_line") else exc
            message = str(shown)
        except BaseException:
            message = "<exception str() failed>"
        return _printable(type_name), _printable(message), _printable(text)

    def _open(self, file, *args, **kwargs):
        if file == self.filename:
            if self.served is None:
                fd, self.served = tempfile.mkstemp(suffix=".py")
                with _real_open(fd, "wb") as f:
                    f.write(self.source)
            file = self.served
        return _real_open(file, *args, **kwargs)

    def _restore_builtins(self):
        current = builtins.__dict__
        for name in [n for n in current if n not in self.saved_builtins]:
            del current[name]
        for name, value in self.saved_builtins.items():
            if current.get(name, current) is not value:
                current[name] = value

    def _restore(self):
        for name, value in {**self.saved_streams, **self.saved_hooks}.items():
            setattr(sys, name, value)
        sys.argv = self.saved_argv
        sys.path[:] = self.saved_path
        sys.meta_path[:] = self.saved_meta_path
        sys.path_hooks[:] = self.saved_path_hooks
        if hasattr(sys, "tracebacklimit"):
            del sys.tracebacklimit
        for name in [n for n in sys.modules if n not in self.saved_modules]:
            if not _keep_module(sys.modules[name]):
                del sys.modules[name]
        if self.saved_main is None:
            sys.modules.pop("__main__", None)
        else:
            sys.modules["__main__"] = self.saved_main
        sys.setrecursionlimit(RECURSION_LIMIT)
        sys.set_int_max_str_digits(INT_MAX_STR_DIGITS)
        warnings.filters[:] = self.saved_filters
        warnings._filters_mutated()
        if self.saved_linecache is None:
            linecache.cache.pop(self.filename, None)
        else:
            linecache.cache[self.filename] = self.saved_linecache
        sys.settrace(None)
        sys.setprofile(None)
        enabled, threshold = self.saved_gc
        (gc.enable if enabled else gc.disable)()
        gc.set_threshold(*threshold)
        if os.getcwd() != self.saved_cwd:
            os.chdir(self.saved_cwd)
        self._restore_builtins()


def _print_exception(exc):
    # CPython's _PyErr_PrintEx: the hook, or the C printer if there is none.
    hook = getattr(sys, "excepthook", None)
    if hook is None:
        sys.stderr.write("sys.excepthook is missing\n")
        _c_excepthook(type(exc), exc, exc.__traceback__)
        return
    try:
        hook(type(exc), exc, exc.__traceback__)
    except BaseException as error:
        sys.stderr.write("Error in sys.excepthook:\n")
        _c_excepthook(type(error), error, error.__traceback__)
        sys.stderr.write("\nOriginal exception was:\n")
        _c_excepthook(type(exc), exc, exc.__traceback__)


def _printable(text):
    # What reaches the stderr pipe (errors="backslashreplace"): lone
    # surrogates cannot cross into Rust.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _release(exc):
    """Drops the frames (and so the locals) an exception chain holds.

    CPython frees them at finalization, while stdout is still the program's;
    here the exception outlives finish(), so their finalizers must run now.
    """
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        clear_frames(exc.__traceback__)
        exc.__traceback__ = None
        exc = exc.__cause__ or exc.__context__


def begin(source, filename):
    # Whatever is alive now outlives the program: freezing it keeps the full
    # collection in finish() proportional to what the program allocated.
    gc.freeze()
    return Run(source, filename)


gc.collect()
