from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm["debug"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, defaults["color"])
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0])
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm), repr(ChainMap({"a": 1}, {"b": 2})))
