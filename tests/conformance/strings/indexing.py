s = 'python'
print(s[0], s[5], s[-1], s[-6])
print(s[len(s) - 1], s[-len(s)])
for i in range(-3, 3):
    print(i, s[i])
print('é€x'[1], type(s[0]), len(s[0]))
