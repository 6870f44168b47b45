class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, repr(s), s.peek(), len(s), type(s).__name__)
print(type(s + [4]).__name__, type(s[:]).__name__, type(s * 2).__name__)
s += [9]
print(type(s).__name__, s)
print(s == [1, 2, 3, 9], isinstance(s, list))
s.sort(reverse=True)
print(s, sorted(s), type(sorted(s)).__name__)
