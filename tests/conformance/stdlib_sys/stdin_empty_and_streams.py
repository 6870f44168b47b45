import sys
print(sys.stdout is sys.__stdout__ or True, hasattr(sys.stdin, "read"))
print(callable(sys.stdout.write), callable(sys.stderr.write))
print(sys.stdout.writable(), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)
