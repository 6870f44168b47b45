def meta_function(name, bases, ns):
    ns["created_by"] = "function"
    ns["upper_name"] = name.upper()
    return type(name, bases, ns)

class A(metaclass=meta_function):
    pass

print(A.created_by, A.upper_name, type(A).__name__)

class B(A):
    pass
print(B.created_by, B.upper_name)
