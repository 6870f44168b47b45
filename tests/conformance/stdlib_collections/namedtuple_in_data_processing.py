from collections import namedtuple, defaultdict
Sale = namedtuple("Sale", "region product qty price")
rows = [
    Sale("north", "widget", 3, 2.5),
    Sale("south", "gadget", 1, 10.0),
    Sale("north", "gadget", 2, 10.0),
    Sale("east", "widget", 10, 2.25),
    Sale("south", "widget", 4, 2.5),
]
by_region = defaultdict(float)
for r in rows:
    by_region[r.region] += r.qty * r.price
print(dict(by_region))
top = max(rows, key=lambda r: r.qty * r.price)
print(top, top._asdict())
print(sorted(rows, key=lambda r: (r.product, -r.qty))[0])
print([r._replace(price=r.price * 2).price for r in rows])
