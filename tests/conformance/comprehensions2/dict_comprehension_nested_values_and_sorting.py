scores = {"ann": [90, 85], "bob": [70], "cy": [88, 92, 79]}
avg = {k: sum(v) / len(v) for k, v in scores.items()}
print(avg)
print({k: round(v, 1) for k, v in sorted(avg.items(), key=lambda kv: -kv[1])})
print(dict(sorted({k: len(v) for k, v in scores.items()}.items())))
print({k: max(v) for k, v in scores.items() if len(v) > 1})
