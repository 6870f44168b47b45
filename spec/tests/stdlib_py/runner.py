"""Differential runner for Quicken's Python-source standard library.

Usage: python3.11 runner.py LIB_DIR CASES_FILE...

Each CASES_FILE defines CASES, a list of small Python programs. Every
program runs twice under this CPython: once with CPython's own modules,
once with `import` redirected to Quicken's modules in LIB_DIR (loaded
fresh for each program, under their real names, never entering
sys.modules). The printed output, the uncaught exception (type and
message) and object addresses normalized, must be identical.
Exits 1 and prints the differences when any program disagrees.
"""

import builtins
import contextlib
import difflib
import io
import os
import re
import sys
import traceback

LIB = os.path.abspath(sys.argv[1])
MODULES = set()
for entry in os.listdir(LIB):
    if entry.endswith('.py'):
        MODULES.add(entry[:-3])
    elif os.path.isfile(os.path.join(LIB, entry, '__init__.py')):
        MODULES.add(entry)


def _module_path(name):
    """(path, is_package) of a module or submodule in LIB, or None."""
    rel = os.path.join(LIB, *name.split('.'))
    if os.path.isfile(rel + '.py'):
        return rel + '.py', False
    if os.path.isfile(os.path.join(rel, '__init__.py')):
        return os.path.join(rel, '__init__.py'), True
    return None

_code_cache = {}


def _module_code(name):
    if name not in _code_cache:
        found = _module_path(name)
        if found is None:
            raise ModuleNotFoundError("No module named '%s'" % name)
        path, is_pkg = found
        with open(path, encoding='utf-8') as f:
            src = f.read()
        _code_cache[name] = (compile(src, path, 'exec'), path, is_pkg)
    return _code_cache[name]


class QuickenImporter:
    """A fresh world of Quicken modules: `import` of any module in LIB loads
    ours; everything else (math, time, sys, ...) is CPython's."""

    def __init__(self):
        self.loaded = {}
        self.builtins = dict(builtins.__dict__)
        self.builtins['__import__'] = self.import_

    def load(self, name):
        if name in self.loaded:
            return self.loaded[name]
        code, path, is_pkg = _module_code(name)
        mod = type(sys)(name)
        mod.__file__ = path
        if is_pkg:
            mod.__path__ = [os.path.dirname(path)]
        mod.__dict__['__builtins__'] = self.builtins
        mod.__package__ = name if is_pkg else name.rpartition('.')[0]
        self.loaded[name] = mod
        try:
            exec(code, mod.__dict__)
        except BaseException:
            del self.loaded[name]
            raise
        parent, _, child = name.rpartition('.')
        if parent:
            setattr(self.loaded[parent], child, mod)
        return mod

    def import_(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.split('.')[0] in MODULES:
            parts = name.split('.')
            top = self.load(parts[0])
            leaf = top
            for i in range(1, len(parts)):
                leaf = self.load('.'.join(parts[:i + 1]))
            if fromlist:
                for item in fromlist:
                    if not hasattr(leaf, item) and _module_path(name + '.' + item):
                        self.load(name + '.' + item)
                return leaf
            return top
        return builtins.__import__(name, globals, locals, fromlist, level)


_ADDR = re.compile(r' at 0x[0-9a-fA-F]+')


def run_program(src, mine):
    out = io.StringIO()
    if mine:
        bdict = QuickenImporter().builtins
    else:
        bdict = builtins.__dict__
    g = {'__name__': '__main__', '__builtins__': bdict}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(src, '<case>', 'exec'), g)
        except SystemExit:
            pass
        except BaseException as e:
            print('UNCAUGHT %s: %s' % (type(e).__name__, e))
            if mine and os.environ.get('QUICKEN_STDLIB_TRACE'):
                traceback.print_exc(file=sys.stderr)
    return _ADDR.sub(' at 0xADDR', out.getvalue())


def main():
    failures = 0
    total = 0
    for case_file in sys.argv[2:]:
        ns = {}
        with open(case_file, encoding='utf-8') as f:
            exec(compile(f.read(), case_file, 'exec'), ns)
        for i, src in enumerate(ns['CASES']):
            total += 1
            expected = run_program(src, False)
            got = run_program(src, True)
            if expected != got:
                failures += 1
                print('=' * 70)
                print('MISMATCH in %s case %d:' % (os.path.basename(case_file), i))
                print(src.strip())
                print('-' * 70)
                diff = difflib.unified_diff(expected.splitlines(), got.splitlines(),
                                            'cpython', 'quicken', lineterm='', n=2)
                for line in list(diff)[:60]:
                    print(line)
    print('%d programs, %d mismatches' % (total, failures))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
