def config(*, host, port=80, debug=False):
    return f"{host}:{port} debug={debug}"

print(config(host="a"), config(port=1, host="b", debug=True))
try:
    config("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    config()
except TypeError as e:
    print(type(e).__name__, e)
def mix(a, *rest, flag):
    return a, rest, flag
print(mix(1, 2, 3, flag=0))
try:
    mix(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
