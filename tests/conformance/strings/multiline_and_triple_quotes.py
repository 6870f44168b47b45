s = """line one
line two
    indented"""
print(s)
print(len(s.splitlines()))
t = '''it's "quoted"'''
print(t)
u = """a\
b"""
print(u)
