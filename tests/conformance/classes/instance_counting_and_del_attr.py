class Node:
    created = 0

    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
        type(self).created += 1

head = None
for i in range(5):
    head = Node(i, head)
out = []
n = head
while n:
    out.append(n.val)
    n = n.nxt
print(out, Node.created)
del head.nxt
try:
    head.nxt
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del head.nxt
except AttributeError as e:
    print(type(e).__name__, e)
