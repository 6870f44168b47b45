import sys
import io
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured line 1")
print("captured", 2)
sys.stdout = saved
print("restored; captured was:", repr(buf.getvalue()))
from contextlib import redirect_stdout
with redirect_stdout(io.StringIO()) as f:
    print("inside redirect")
print("after redirect:", f.getvalue().strip())
