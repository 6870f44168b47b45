def add_item(lst, item):
    lst.append(item)
def rebind(lst):
    lst = [99]
    return lst
a = [1]
add_item(a, 2)
print(a)
print(rebind(a), a)
def mutate_dict(d):
    d['new'] = True
cfg = {}
mutate_dict(cfg)
print(cfg)
