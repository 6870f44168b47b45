tree = {}
def put(path, value):
    node = tree
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value
put(['a', 'b', 'c'], 1)
put(['a', 'b', 'd'], 2)
put(['a', 'e'], 3)
put(['f'], 4)
print(tree)
print(tree['a']['b'], len(tree['a']))
tree['a']['b']['c'] += 10
print(tree['a']['b']['c'])
