def f():
    global never_assigned_anywhere
    try:
        return never_assigned_anywhere
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
def g():
    global later
    later = 'now set'
g()
print(later)
