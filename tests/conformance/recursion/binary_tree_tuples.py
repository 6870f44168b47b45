def insert(tree, v):
    if tree is None:
        return (None, v, None)
    left, val, right = tree
    if v < val:
        return (insert(left, v), val, right)
    return (left, val, insert(right, v))
def inorder(tree):
    if tree is None:
        return []
    left, val, right = tree
    return inorder(left) + [val] + inorder(right)
def height(tree):
    if tree is None:
        return 0
    return 1 + max(height(tree[0]), height(tree[2]))
t = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t = insert(t, v)
print(inorder(t))
print(height(t))
print(t[1], t[0][1], t[2][0][1])
