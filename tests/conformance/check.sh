#!/bin/sh
# Sanity-check conformance programs against CPython 3.11 (not the oracle run):
# each must run, exit 0 (1 in uncaught/ and syntax_errors/), and print the same
# stdout twice. Usage: tests/conformance/check.sh [FILE...]
PY=${PY:-/usr/bin/python3.11}
cd "$(dirname "$0")" || exit 2
[ $# -gt 0 ] || set -- */*.py
bad=0
for f in "$@"; do
  case $f in uncaught/*|syntax_errors/*) want=1 ;; *) want=0 ;; esac
  a=$(PYTHONHASHSEED=0 timeout 5 "$PY" "$f" 2>/dev/null); rc=$?
  b=$(PYTHONHASHSEED=0 timeout 5 "$PY" "$f" 2>/dev/null)
  if [ $rc -ne $want ]; then echo "FAIL exit $rc (want $want): $f"; bad=1
  elif [ "$a" != "$b" ]; then echo "FAIL nondeterministic: $f"; bad=1; fi
done
[ $bad -eq 0 ] && echo "ok: $# programs"
exit $bad
