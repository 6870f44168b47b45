from itertools import groupby
from operator import itemgetter
records = [("2024-01", "a", 3), ("2024-01", "b", 5), ("2024-02", "a", 1), ("2024-03", "b", 2), ("2024-03", "c", 7)]
for month, grp in groupby(records, key=itemgetter(0)):
    grp = list(grp)
    print(month, len(grp), sum(r[2] for r in grp))
by_user = sorted(records, key=itemgetter(1))
print({u: [r[0] for r in g] for u, g in groupby(by_user, key=itemgetter(1))})
print([(k, len(list(g))) for k, g in groupby(range(20), key=lambda n: n // 6)])
