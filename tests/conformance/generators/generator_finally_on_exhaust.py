def g():
    try:
        for i in range(2):
            yield i
    finally:
        print("finally runs")

for v in g():
    print("got", v)
print("---")
it = g()
for v in it:
    print("got", v)
    break
print("after break, before close")
it.close()
print("after close")
it = g()
next(it)
it.close()
print("closed suspended generator")
