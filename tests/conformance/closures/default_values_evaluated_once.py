def append_to(x, target=[]):
    target.append(x)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(item, id=next_id()):
    return item, id
print(make("a"), make("b"), counter)

def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
