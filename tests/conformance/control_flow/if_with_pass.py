x = 3
if x > 1:
    pass
else:
    print('never')
if x:
    pass
print('after')
def empty():
    pass
print(empty())
for i in range(3):
    pass
print(i)
while False:
    pass
print('done')
