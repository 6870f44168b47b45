print('never printed')
x = 5
if x < 0:
    print('neg')
elif x == 0:
print('zero')
