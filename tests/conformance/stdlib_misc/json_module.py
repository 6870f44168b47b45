import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.loads(s) == data, json.loads("[1, 2.5, \"x\", null, false]"))
print(json.dumps("é\n"), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)), json.dumps({1: "int key"}))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, separators=(",", ":")))
