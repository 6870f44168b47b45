def none_implicit():
    x = 1
def none_explicit():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x:
        return 'yes'
    print('fell through')
print(none_implicit(), none_explicit())
a, b, c = multi()
print(a, b, c, multi())
print(early(1), early(0))
