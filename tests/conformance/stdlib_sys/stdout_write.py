import sys
n = sys.stdout.write("hello ")
m = sys.stdout.write("world\n")
print(n, m)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("via print", file=sys.stdout)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("x", "y", sep="", end="!\n", file=sys.stdout)
print("stderr is separate", file=sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
