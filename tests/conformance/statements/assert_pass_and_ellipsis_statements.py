def stub():
    ...

def stub2():
    pass

print(stub(), stub2(), ... is Ellipsis, type(...).__name__)
for _ in range(2):
    pass
class Empty:
    ...
print(Empty.__name__)
assert True
assert 1, "not shown"
if True:
    pass
else:
    ...
print("done")
