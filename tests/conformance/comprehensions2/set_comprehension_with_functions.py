def norm(s):
    return "".join(sorted(s.lower()))
words = ["Listen", "Silent", "enlist", "google", "gogole", "cat"]
print(sorted({norm(w) for w in words}))
groups = {}
for w in words:
    groups.setdefault(norm(w), set()).add(w.lower())
print({k: sorted(v) for k, v in groups.items()})
