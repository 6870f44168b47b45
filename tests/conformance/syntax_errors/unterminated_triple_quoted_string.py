print('never printed')
doc = """starts here
and never ends

def f():
    return doc
