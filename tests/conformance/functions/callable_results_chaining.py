def make():
    def a():
        def b():
            return 'deep'
        return b
    return a
print(make()()())
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print([ops[k](3, 4) for k in ['add', 'mul']])
print((lambda f: f(f, 5))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
