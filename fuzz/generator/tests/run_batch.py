"""Runs generated programs in one CPython process, each in a fresh
namespace with its stdout captured and a time limit. Prints one JSON object
per program: {"file", "status", "stdout", "error", "seconds"} where status is
ok | out_of_fuel | exception | timeout | syntax.

Usage: python3.11 run_batch.py TIMEOUT_SECONDS FILE...
"""
import io
import json
import signal
import sys
import time
import traceback


class Timeout(BaseException):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def run(path, timeout):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        code = compile(src, path, "exec")
    except SyntaxError as e:
        return {"status": "syntax", "stdout": "", "error": repr(e)}
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    status, error = "ok", None
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        exec(code, {"__name__": "__main__"})
    except Timeout:
        status = "timeout"
    except BaseException:
        status = "exception"
        error = traceback.format_exc(limit=-3)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = saved
    text = out.getvalue()
    if status == "ok" and any(l == "OUT OF FUEL" for l in text.splitlines()):
        status = "out_of_fuel"
    return {"status": status, "stdout": text, "error": error}


def main():
    timeout = float(sys.argv[1])
    for path in sys.argv[2:]:
        t = time.perf_counter()
        r = run(path, timeout)
        r["file"] = path
        r["seconds"] = time.perf_counter() - t
        print(json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
