for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
for ch in 'abc':
    x = ch * 2
print(ch, x)
j = 10
while j > 0:
    j -= 3
print(j)
