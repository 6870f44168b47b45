import pprint
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "id": i} for i in range(3)], "count": 3, "meta": {"z": 1, "a": 2}}
pprint.pprint(data)
pprint.pprint(data, width=120)
print(pprint.pformat(list(range(30)), width=40))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
