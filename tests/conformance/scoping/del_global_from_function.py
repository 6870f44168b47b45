victim = 'exists'
def remove():
    global victim
    del victim
remove()
try:
    print(victim)
except NameError as e:
    print(type(e).__name__, e)
def recreate():
    global victim
    victim = 'back'
recreate()
print(victim)
